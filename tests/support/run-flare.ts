import { spawnSync } from "node:child_process";
import path from "node:path";
import { REPO_DIR } from "./shared-data";

export { REPO_DIR };

export const FLARE_BIN = path.join(REPO_DIR, "bin", "flare.js");

/**
 * Variables for a flare child: this process's, with FLARE_DEBUG off, then `overrides`, where
 * `undefined` removes a variable (jest sets NODE_ENV=test, which no user's shell has).
 */
export type FlareEnv = Record<string, string | undefined>;

export function flareChildEnv(overrides: FlareEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FLARE_DEBUG: "0", ...overrides };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) {
      delete env[name];
    }
  }
  return env;
}

export interface FlareRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`npm test` builds it first) as a user would, with a hard time limit. */
export function runFlare(
  args: string[],
  options: { input?: string | Buffer; timeoutMs?: number; env?: FlareEnv } = {},
): FlareRun {
  const run = spawnSync(process.execPath, [FLARE_BIN, ...args], {
    input: options.input,
    timeout: options.timeoutMs ?? 60_000,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: flareChildEnv(options.env),
  });
  if (run.error) {
    throw run.error;
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
