/** Shared plumbing for benchmarks: where things are, how to run the built CLI and scorers, medians. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const REPO_DIR = path.resolve(__dirname, "..", "..");
export const SHARED_DIR = process.env.FLARE_SHARED_DIR ?? path.resolve(REPO_DIR, "..", "shared");
export const WORK_DIR = process.env.FLARE_BENCH_DIR ?? path.join(REPO_DIR, "bench", "out");
const FLARE_BIN = path.join(REPO_DIR, "bin", "flare.js");

export function ensureWorkDir(): string {
  mkdirSync(WORK_DIR, { recursive: true });
  return WORK_DIR;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface TimedRun {
  seconds: number;
  peakRssMb: number;
  stdout: string;
}

/** Runs the built `flare` CLI under GNU time, for wall time and peak resident memory. */
export function timeFlare(args: string[]): TimedRun {
  const run = spawnSync("/usr/bin/time", ["-f", "__time__ %e %M", process.execPath, FLARE_BIN, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const marker = run.stderr.match(/__time__ ([\d.]+) (\d+)/);
  if (run.status !== 0 || !marker) {
    throw new Error(`flare ${args.join(" ")} failed (${run.status}): ${run.stderr.slice(-500)}`);
  }
  return { seconds: Number(marker[1]), peakRssMb: Number(marker[2]) / 1024, stdout: run.stdout };
}

/** Calls one of the shared bench's reference scorers with --json (SHARED_DIR says where that bench is). */
export function runScorer(scorer: "score-parsing.mjs" | "score-detection.mjs", pred: string, truth: string): Record<string, number> {
  const out = execFileSync(process.execPath, [path.join(SHARED_DIR, "bench", scorer), pred, truth, "--json"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out);
}

/** Writes an HDFS_v1-format log from the dev pool with gen-hdfs.mjs, once per size. */
export function generatedHdfs(blocks: number): { log: string; labels: string } {
  const log = path.join(ensureWorkDir(), `dev${blocks}.log`);
  const labels = path.join(WORK_DIR, `dev${blocks}.labels.csv`);
  if (!existsSync(log) || !existsSync(labels)) {
    execFileSync(process.execPath, [
      path.join(SHARED_DIR, "bench", "gen-hdfs.mjs"),
      "--sessions", path.join(SHARED_DIR, "datasets", "hdfs", "hdfs_dev_pool.jsonl.gz"),
      "--blocks", String(blocks), "--anomaly-rate", "0.0293", "--out", log, "--labels", labels,
    ]);
  }
  return { log, labels };
}

export function machine(): Record<string, string | number> {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}
