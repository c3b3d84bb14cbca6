import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";

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

  /** `undefined` or `-` writes to stdout. */
  static async open(path: string | undefined): Promise<TextOutput> {
    if (path === undefined || path === "-") {
      return new TextOutput(process.stdout, false);
    }
    const file: WriteStream = createWriteStream(path);
    await Promise.race([once(file, "open"), once(file, "error").then(([err]) => Promise.reject(err))]);
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

/** RFC 4180 quoting: only fields with a comma, quote or line break are quoted. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
