/**
 * `flare serve` as a user runs it: the built CLI in its own process, found through the URL in its
 * "flare is serving" log line. Used by tests of the real server and by the API benchmark.
 */
import { spawn } from "node:child_process";
import { FLARE_BIN, flareChildEnv, type FlareEnv } from "./run-flare";

const START_TIMEOUT_MS = 60_000;

export interface FlareServeProcess {
  /** http://host:port, without the /graphql path. */
  origin: string;
  pid: number;
  /** Everything written to stderr so far (pino's JSON lines). */
  stderr(): string;
  /** Resolves once stderr has a log line with this message. */
  logged(message: string): Promise<void>;
  /** Sends the signal and resolves with the exit code once the process has gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `env` overrides this process's environment; `undefined` removes a variable (see flareChildEnv). */
export function startFlareServe(env: FlareEnv, args: string[] = []): Promise<FlareServeProcess> {
  const child = spawn(process.execPath, [FLARE_BIN, "serve", "--port", "0", ...args], {
    env: flareChildEnv(env),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const hasLogged = (message: string) => stderr.includes(`"msg":${JSON.stringify(message)}`);
  const logged = (message: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (hasLogged(message)) {
          child.stderr.off("data", check);
          resolve();
        }
      };
      child.stderr.on("data", check);
      check();
    });
  const handle = (origin: string): FlareServeProcess => ({
    origin,
    pid: child.pid as number,
    stderr: () => stderr,
    logged,
    stop: (signal = "SIGTERM") => (child.kill(signal), exited),
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`flare serve did not start within ${START_TIMEOUT_MS} ms:\n${stderr}`));
    }, START_TIMEOUT_MS);
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      const serving = stderr.match(/"url":"(http:\/\/[^"]+)\/graphql"[^\n]*"msg":"flare is serving"/);
      if (serving) {
        clearTimeout(timer);
        resolve(handle(serving[1]));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`flare serve exited (${code}) before serving:\n${stderr}`));
    });
  });
}
