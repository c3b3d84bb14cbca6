import { spawnSync } from "node:child_process";
import path from "node:path";
import { REPO_DIR } from "./shared-data";

export { REPO_DIR };

const FLARE_BIN = path.join(REPO_DIR, "bin", "flare.js");

export interface FlareRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`npm test` builds it first) as a user would, with a hard time limit. */
export function runFlare(
  args: string[],
  options: { input?: string | Buffer; timeoutMs?: number; env?: Record<string, string> } = {},
): FlareRun {
  const run = spawnSync(process.execPath, [FLARE_BIN, ...args], {
    input: options.input,
    timeout: options.timeoutMs ?? 60_000,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, FLARE_DEBUG: "0", ...options.env },
  });
  if (run.error) {
    throw run.error;
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
