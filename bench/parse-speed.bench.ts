/**
 * Drain miner throughput: `train()` alone on message contents already split from their headers.
 * `node dist/bench/parse-speed.bench.js [--runs N]` prints JSON (medians over N runs).
 * - hdfs-repeated: LogHub-2k HDFS contents repeated to ~2M lines, so after the first 2,000
 *   lines every masked form is known (the fast path). Target: ≥ 1.5M lines/s.
 * - mixed-repeated: the nine LogHub-2k systems' contents, interleaved and repeated to ~2M lines.
 * - mixed-cold: each system's 2,000 lines once into a fresh miner (tree search, merges).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { Drain } from "../src/pipeline/parse";
import { machine, median, SHARED_DIR } from "./bench-support";

const SYSTEMS = ["HDFS", "Hadoop", "Spark", "Zookeeper", "BGL", "HPC", "Thunderbird", "HealthApp", "Mac"];
const TARGET_LINES = 2_000_000;

interface Measured {
  lines: number;
  seconds: number;
  /** CPU time of this process: the fairer figure when other jobs share the cores. */
  cpuSeconds: number;
}

function contentsOf(system: string): string[] {
  const file = path.join(SHARED_DIR, "datasets", "loghub-2k", system, `${system}_2k.log_structured_corrected.csv`);
  const rows: { Content: string }[] = parse(readFileSync(file), { columns: true });
  return rows.map((row) => row.Content);
}

function repeated(lines: string[]): string[] {
  const out: string[] = [];
  while (out.length < TARGET_LINES) {
    out.push(...lines);
  }
  return out;
}

function interleaved(perSystem: string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(...perSystem.map((lines) => lines.length)); i++) {
    for (const lines of perSystem) {
      if (i < lines.length) {
        out.push(lines[i]);
      }
    }
  }
  return out;
}

/** Trains fresh miners on each corpus in turn and times the whole pass. */
function timeTraining(corpora: string[][]): Measured {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let lines = 0;
  for (const corpus of corpora) {
    const drain = new Drain();
    for (const content of corpus) {
      drain.train(content);
    }
    lines += corpus.length;
  }
  const used = process.cpuUsage(cpu);
  return { lines, seconds: Number(process.hrtime.bigint() - wall) / 1e9, cpuSeconds: (used.user + used.system) / 1e6 };
}

function summarise(runs: Measured[]): Record<string, number> {
  const seconds = median(runs.map((r) => r.seconds));
  const cpuSeconds = median(runs.map((r) => r.cpuSeconds));
  const lines = runs[0].lines;
  return { lines, seconds, cpuSeconds, linesPerSecond: Math.round(lines / seconds), linesPerCpuSecond: Math.round(lines / cpuSeconds) };
}

export function benchParseSpeed(runs = 5): Record<string, unknown> {
  const perSystem = SYSTEMS.map(contentsOf);
  const cases: Record<string, string[][]> = {
    "hdfs-repeated": [repeated(perSystem[0])],
    "mixed-repeated": [repeated(interleaved(perSystem))],
    "mixed-cold": perSystem,
  };
  const results: Record<string, unknown> = {};
  for (const [name, corpora] of Object.entries(cases)) {
    timeTraining(corpora);
    results[name] = summarise(Array.from({ length: runs }, () => timeTraining(corpora)));
  }
  return { runs, ...results };
}

if (require.main === module) {
  const at = process.argv.indexOf("--runs");
  const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
  process.stdout.write(`${JSON.stringify({ machine: machine(), parseSpeed: benchParseSpeed(runs) }, null, 2)}\n`);
}
