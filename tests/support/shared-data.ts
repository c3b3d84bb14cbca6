import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The repository root: the nearest folder above this file with a package-lock.json (works from
 * dist/ too, where tsc copies package.json but not the lock file).
 */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package-lock.json")) && path.dirname(dir) !== dir) {
    dir = path.dirname(dir);
  }
  return dir;
}

export const REPO_DIR = repositoryRoot();

/** The read-only shared material (LogHub datasets, reference scorers) beside the repository. */
export const SHARED_DIR = process.env.FLARE_SHARED_DIR ?? path.resolve(REPO_DIR, "..", "shared");

export const LOGHUB_2K_SYSTEMS = ["HDFS", "Hadoop", "Spark", "Zookeeper", "BGL", "HPC", "Thunderbird", "HealthApp", "Mac"] as const;
export type LoghubSystem = (typeof LOGHUB_2K_SYSTEMS)[number];

export function loghubLogPath(system: LoghubSystem): string {
  return path.join(SHARED_DIR, "datasets", "loghub-2k", system, `${system}_2k.log`);
}

export function loghubTruthPath(system: LoghubSystem): string {
  return path.join(SHARED_DIR, "datasets", "loghub-2k", system, `${system}_2k.log_structured_corrected.csv`);
}

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}
