/** GA/FGA/PA/FTA of `flare parse` on every LogHub 2k system, scored by the reference scorer. */
import path from "node:path";
import { ensureWorkDir, median, runScorer, SHARED_DIR, timeFlare } from "./bench-support";

const SYSTEMS = ["HDFS", "Hadoop", "Spark", "Zookeeper", "BGL", "HPC", "Thunderbird", "HealthApp", "Mac"];
const METRICS = ["GA", "FGA", "PA", "FTA"] as const;

export function benchParsingAccuracy(): Record<string, unknown> {
  const perSystem: Record<string, Record<string, number>> = {};
  for (const system of SYSTEMS) {
    const dir = path.join(SHARED_DIR, "datasets", "loghub-2k", system);
    const out = path.join(ensureWorkDir(), `${system}.parsed.csv`);
    const run = timeFlare(["parse", path.join(dir, `${system}_2k.log`), "--out", out]);
    const scores = runScorer("score-parsing.mjs", out, path.join(dir, `${system}_2k.log_structured_corrected.csv`));
    perSystem[system] = { ...pick(scores), seconds: run.seconds };
  }
  const average = Object.fromEntries(
    METRICS.map((m) => [m, mean(Object.values(perSystem).map((s) => s[m]))]),
  );
  return { dataset: "loghub-2k (corrected truth)", perSystem, average, medianSeconds: median(Object.values(perSystem).map((s) => s.seconds)) };
}

function pick(scores: Record<string, number>): Record<string, number> {
  return Object.fromEntries(METRICS.map((m) => [m, scores[m]]));
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
