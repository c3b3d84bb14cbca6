import { createWriteStream, statSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { UsageError } from "./cli-error";

const WRITE_FAILURES: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "part of the path is not a directory",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
};

/** An output path the user named that cannot be written: their mistake, said with what to do. */
export function outputError(option: string, path: string, error: unknown): UsageError {
  const { code, message } = error as NodeJS.ErrnoException;
  const reason = (code && WRITE_FAILURES[code]) ?? message;
  return new UsageError(`cannot write ${option} "${path}": ${reason}; pass a file in a directory that exists and that you can write to`);
}

function isSameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

export interface OutputTarget {
  /** A file path; `undefined` or `-` is stdout. */
  path: string | undefined;
  /** The option that named it, for messages (`--out`). */
  option: string;
  /** The input file, which an output opened before reading it must not truncate. */
  input: string;
}

/**
 * Buffered text output to a file or stdout that honours backpressure, so writing millions of
 * CSV rows neither floods memory nor pays a syscall per row.
 */
export class TextOutput {
  private buffer: string[] = [];
  private buffered = 0;

  private constructor(
    private readonly stream: Writable,
    private readonly ownsStream: boolean,
  ) {}

  /** Opened before the work starts, so a path that cannot be written is told before minutes of parsing. */
  static async open(target: OutputTarget): Promise<TextOutput> {
    const { path, option, input } = target;
    if (path === undefined || path === "-") {
      return new TextOutput(process.stdout, false);
    }
    if (input !== "-" && isSameFile(path, input)) {
      throw new UsageError(`${option} "${path}" is the input file; pass another path`);
    }
    const file: WriteStream = createWriteStream(path);
    await new Promise<void>((resolve, reject) => {
      const failed = (error: Error) => reject(outputError(option, path, error));
      file.once("error", failed).once("open", () => (file.off("error", failed), resolve()));
    });
    return new TextOutput(file, true);
  }

  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= 1 << 16) {
      await this.flush();
    }
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.ownsStream) {
      this.stream.end();
      await once(this.stream, "finish");
    }
  }

  private async flush(): Promise<void> {
    if (this.buffered === 0) {
      return;
    }
    const chunk = this.buffer.join("");
    this.buffer = [];
    this.buffered = 0;
    if (!this.stream.write(chunk)) {
      await once(this.stream, "drain");
    }
  }
}
