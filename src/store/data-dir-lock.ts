/**
 * One process per embedded data directory: PGlite does not guard its files, and two processes
 * writing one directory (say `flare serve` and `flare db migrate`) would corrupt it. The lock is
 * a file beside the directory, not in it, so Postgres's own files stay untouched.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";

/** Another live process holds the data directory: the user's to resolve, not a failure of Flare's. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: number,
  ) {
    super(
      `${dataDir} is in use by process ${holder} (another flare); stop it, set FLARE_PGDATA to another directory, ` +
        "or set DATABASE_URL to share a Postgres server",
    );
    this.name = "DataDirInUseError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock (or a stale one left by a crash) and returns its release. */
export function lockDataDir(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      throw error;
    }
    const holder = Number.parseInt(readFileSync(file, "utf8"), 10);
    // Our own pid in the file means a crashed earlier process that happened to get the same pid.
    if (holder > 0 && holder !== process.pid && isRunning(holder)) {
      throw new DataDirInUseError(dataDir, holder);
    }
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
}
