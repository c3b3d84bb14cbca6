/**
 * runFlare without blocking the event loop. Needed whenever the child talks to the embedded test
 * Postgres: jest's globalSetup serves it from the main jest process, which also runs the tests
 * when jest goes in-band (one suite), so a spawnSync there would wait on itself forever.
 */
import { spawn } from "node:child_process";
import { FLARE_BIN, flareChildEnv, type FlareEnv, type FlareRun } from "./run-flare";

export function runFlareAsync(args: string[], env: FlareEnv = {}, timeoutMs = 60_000): Promise<FlareRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [FLARE_BIN, ...args], {
      env: flareChildEnv(env),
      timeout: timeoutMs,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
