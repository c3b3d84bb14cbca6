/**
 * Temporary directories of POST /upload. Each is named after the server's pid, so that a server
 * starting up can remove those of servers killed mid-upload without touching a live one's.
 */
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const PREFIX = "flare-upload-";

export function createUploadDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `${PREFIX}${process.pid}-`));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Left behind: its server is gone, or (named before pids were) it is older than this process. */
async function isStale(dir: string, name: string): Promise<boolean> {
  const pid = /^flare-upload-(\d+)-/.exec(name)?.[1];
  if (pid !== undefined) {
    return Number(pid) !== process.pid && !isRunning(Number(pid));
  }
  const startedMs = Date.now() - process.uptime() * 1000;
  return (await stat(dir)).mtimeMs < startedMs;
}

/** Removes the upload directories of servers no longer running; returns how many. */
export async function sweepStaleUploadDirs(): Promise<number> {
  const names = (await readdir(tmpdir())).filter((name) => name.startsWith(PREFIX));
  let removed = 0;
  for (const name of names) {
    const dir = path.join(tmpdir(), name);
    if (await isStale(dir, name).catch(() => false)) {
      await rm(dir, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
