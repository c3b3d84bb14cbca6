/**
 * End-to-end speed and memory of `flare parse` and `flare detect` on a full HDFS_v1-scale
 * file (575,061 blocks, ~11M lines) written by gen-hdfs.mjs from the dev pool.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ensureWorkDir, generatedHdfs, median, runScorer, timeFlare } from "./bench-support";

const FULL_SCALE_BLOCKS = 575061;

function countLines(file: string): number {
  let lines = 0;
  const buffer = readFileSync(file);
  for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) {
    lines++;
  }
  return lines;
}

function repeat<T>(runs: number, fn: () => T): T[] {
  return Array.from({ length: runs }, fn);
}

export function benchThroughput(runs = 3, blocks = FULL_SCALE_BLOCKS): Record<string, unknown> {
  const { log, labels } = generatedHdfs(blocks);
  const lines = countLines(log);
  const parsedCsv = path.join(ensureWorkDir(), "throughput.parsed.csv");
  const sessionsCsv = path.join(ensureWorkDir(), "throughput.sessions.csv");
  const parse = repeat(runs, () => timeFlare(["parse", log, "--out", parsedCsv]));
  const detect = repeat(runs, () => timeFlare(["detect", log, "--out", sessionsCsv]));
  const quality = runScorer("score-detection.mjs", sessionsCsv, labels);
  return {
    file: { blocks, lines, megabytes: Math.round(statSync(log).size / 2 ** 20) },
    runs,
    parse: {
      medianSeconds: median(parse.map((r) => r.seconds)),
      medianLinesPerSecond: Math.round(lines / median(parse.map((r) => r.seconds))),
      peakRssMb: Math.max(...parse.map((r) => r.peakRssMb)),
    },
    detect: {
      medianSeconds: median(detect.map((r) => r.seconds)),
      peakRssMb: Math.max(...detect.map((r) => r.peakRssMb)),
      f1: quality.f1,
      precision: quality.precision,
      recall: quality.recall,
    },
  };
}
