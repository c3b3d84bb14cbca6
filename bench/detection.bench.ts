/** Label-free `flare detect` quality on the HDFS files, scored by the reference scorer. */
import path from "node:path";
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

export function benchDetection(detectors: string[] = []): Record<string, unknown>[] {
  const results: Record<string, unknown>[] = [];
  for (const file of hdfsFiles()) {
    for (const detector of detectors.length ? detectors : [undefined]) {
      const out = path.join(ensureWorkDir(), "detection.sessions.csv");
      const args = ["detect", file.log, "--out", out, ...(detector ? ["--detector", detector] : [])];
      const run = timeFlare(args);
      const scores = runScorer("score-detection.mjs", out, file.labels);
      results.push({ file: file.name, detector: detector ?? "default", seconds: run.seconds, ...scores });
    }
  }
  return results;
}
