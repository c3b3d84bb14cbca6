/**
 * Ingest throughput: split + redact + header parse on HDFS lines, in memory and from a file.
 * `node dist/bench/ingest-speed.bench.js [--file LOG] [--runs N]` prints JSON. Without --file the
 * disk case writes the in-memory corpus to the OS temp directory and removes it afterwards.
 * Target (DESIGN: parse ≥ 500k lines/s end to end, most of it for the miner): ≥ 1.5M lines/s here.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createIngestor, LineSplitter } from "../src/pipeline/ingest";
import { openLineSource, READ_CHUNK_BYTES } from "../src/sources";
import { machine, median, SHARED_DIR } from "./bench-support";

const SAMPLE = path.join(SHARED_DIR, "datasets", "hdfs", "HDFS_v1_head2000.log");
const TARGET_LINES = 2_000_000;

interface Measured {
  lines: number;
  records: number;
  seconds: number;
  /** CPU time of this process: the fairer figure when other jobs share the cores. */
  cpuSeconds: number;
}

function repeatedCorpus(): Buffer {
  const sample = readFileSync(SAMPLE);
  const sampleLines = sample.toString("latin1").split("\n").length - 1;
  return Buffer.concat(Array(Math.ceil(TARGET_LINES / sampleLines)).fill(sample));
}

function inChunks(corpus: Buffer): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < corpus.length; at += READ_CHUNK_BYTES) {
    chunks.push(corpus.subarray(at, at + READ_CHUNK_BYTES));
  }
  return chunks;
}

function clock(): () => { seconds: number; cpuSeconds: number } {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { seconds: Number(process.hrtime.bigint() - wall) / 1e9, cpuSeconds: (used.user + used.system) / 1e6 };
  };
}

function timed(run: () => { lines: number; records: number }): Measured {
  const stop = clock();
  const counts = run();
  return { ...counts, ...stop() };
}

function splitOnly(chunks: Buffer[]): { lines: number; records: number } {
  const splitter = new LineSplitter();
  let lines = 0;
  for (const chunk of chunks) {
    lines += splitter.push(chunk).length;
  }
  return { lines: lines + splitter.end().length, records: 0 };
}

function splitAndIngest(chunks: Buffer[]): { lines: number; records: number } {
  const splitter = new LineSplitter();
  const ingestor = createIngestor();
  let records = 0;
  for (const chunk of chunks) {
    records += ingestor.pushLines(splitter.push(chunk)).length;
  }
  records += ingestor.pushLines(splitter.end()).length + ingestor.end().length;
  return { lines: ingestor.stats().lines, records };
}

async function fromFile(file: string): Promise<Measured> {
  const stop = clock();
  const source = openLineSource(file);
  const ingestor = createIngestor();
  let records = 0;
  for await (const batch of source) {
    records += ingestor.pushLines(batch).length;
  }
  records += ingestor.end().length;
  return { lines: ingestor.stats().lines, records, ...stop() };
}

function summary(runs: Measured[]): Record<string, number> {
  const seconds = median(runs.map((run) => run.seconds));
  const cpuSeconds = median(runs.map((run) => run.cpuSeconds));
  return {
    lines: runs[0].lines,
    records: runs[0].records,
    medianSeconds: seconds,
    linesPerSecond: Math.round(runs[0].lines / seconds),
    linesPerCpuSecond: Math.round(runs[0].lines / cpuSeconds),
  };
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

export async function benchIngestSpeed(file = argument("--file"), runs = Number(argument("--runs") ?? 5)): Promise<Record<string, unknown>> {
  const corpus = repeatedCorpus();
  const chunks = inChunks(corpus);
  const repeat = (fn: () => Measured): Measured[] => Array.from({ length: runs }, fn);
  const memory = {
    split: summary(repeat(() => timed(() => splitOnly(chunks)))),
    splitRedactParse: summary(repeat(() => timed(() => splitAndIngest(chunks)))),
  };
  const diskFile = file ?? path.join(os.tmpdir(), `flare-ingest-bench-${process.pid}.log`);
  if (file === undefined) {
    writeFileSync(diskFile, corpus);
  }
  try {
    const disk: Measured[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      disk.push(await fromFile(diskFile));
    }
    return { machine: machine(), corpus: path.basename(SAMPLE), inMemory: memory, disk: { file: file ?? "temp copy of the in-memory corpus", ...summary(disk) } };
  } finally {
    if (file === undefined) {
      rmSync(diskFile, { force: true });
    }
  }
}

if (require.main === module) {
  benchIngestSpeed().then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
