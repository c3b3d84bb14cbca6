/** Label-free `flare detect` quality on the HDFS files, scored by the reference scorer. */
import path from "node:path";
import { execFileSync } from "node:child_process";
import { DETECTOR_KINDS } from "../src/pipeline/detect";
import { ensureWorkDir, generatedHdfs, runScorer, SHARED_DIR, timeFlare } from "./bench-support";

interface LabelledLog {
  name: string;
  log: string;
  labels: string;
}

function hdfsFiles(): LabelledLog[] {
  const hdfs = (file: string) => path.join(SHARED_DIR, "datasets", "hdfs", file);
  return [
    { name: "dev100k (gen-hdfs, 100,000 blocks)", ...generatedHdfs(100000) },
    { name: "HDFS_v1_head2000", log: hdfs("HDFS_v1_head2000.log"), labels: hdfs("HDFS_v1_head2000.block_labels.csv") },
    { name: "HDFS_2k", log: hdfs("HDFS_2k.log"), labels: hdfs("HDFS_2k.block_labels.csv") },
  ];
}

/** `flare detect` end to end with the default and with each family, on each HDFS file. */
export function benchDetection(detectors: readonly (string | undefined)[] = [undefined, ...DETECTOR_KINDS]): Record<string, unknown>[] {
  const results: Record<string, unknown>[] = [];
  for (const file of hdfsFiles()) {
    for (const detector of detectors) {
      const out = path.join(ensureWorkDir(), "detection.sessions.csv");
      const args = ["detect", file.log, "--out", out, ...(detector ? ["--detector", detector] : [])];
      const run = timeFlare(args);
      const scores = runScorer("score-detection.mjs", out, file.labels);
      results.push({ file: file.name, detector: detector ?? "default", seconds: run.seconds, ...scores });
    }
  }
  return results;
}

/**
 * Every detector family's quality and fit/score time on the dev pool's event sessions at 100k
 * and full HDFS_v1 scale, and on the real first-100k-lines file: detect-speed.bench.ts, each
 * run in its own process so one family's memory does not weigh on the next.
 */
export function benchDetectorFamilies(): unknown[] {
  const script = path.join(__dirname, "detect-speed.bench.js");
  const runs = [["--blocks", "100000"], ["--blocks", "575061", "--no-collect"], ["--real"]];
  return runs.map((args) =>
    JSON.parse(execFileSync(process.execPath, [script, "--detectors", "all", ...args], { encoding: "utf8", maxBuffer: 1 << 26 })),
  );
}
