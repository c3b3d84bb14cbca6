/** A log file, `.gz` file or standard input as batches of decoded lines, read with backpressure. */
import type { SkipCounts } from "../domain/log-record";
import { LineSplitter, type RawLine } from "../pipeline/ingest";
import { gunzipIfCompressed } from "./gunzip-if-compressed";
import type { SplitLines } from "./lines-of-text";
import { openByteInput, type ByteInput, type ByteInputOptions } from "./open-byte-input";

export interface LineSourceOptions extends ByteInputOptions {
  /** Longest line kept; see DEFAULT_MAX_LINE_BYTES. */
  maxLineBytes?: number;
}

/**
 * Iterate it (or `batches`, the same thing) once; each batch holds the lines of one read chunk
 * (~450 HDFS lines), so per-batch overheads vanish and the reader waits while the consumer works.
 */
export interface LineSource extends SplitLines {
  readonly batches: AsyncIterable<RawLine[]>;
  readonly label: string;
  /** Size of a regular file in bytes; undefined for standard input and pipes. */
  readonly sizeBytes: number | undefined;
  /** Bytes read so far, comparable with sizeBytes (compressed bytes for a gzip file). */
  bytesRead(): number;
  /** Whether the input was gzip; undefined until the first bytes arrive. */
  readonly gzip: boolean | undefined;
}

/** Throws InputError at once when the path is missing, a directory or unreadable. */
export function openLineSource(pathOrDash: string, options: LineSourceOptions = {}): LineSource {
  const input = openByteInput(pathOrDash, options);
  return new SplitLineSource(input, new LineSplitter({ maxLineBytes: options.maxLineBytes }));
}

class SplitLineSource implements LineSource {
  gzip: boolean | undefined;
  private started = false;

  constructor(
    private readonly input: ByteInput,
    private readonly splitter: LineSplitter,
  ) {}

  get batches(): AsyncIterable<RawLine[]> {
    return this;
  }

  get label(): string {
    return this.input.label;
  }

  get sizeBytes(): number | undefined {
    return this.input.sizeBytes;
  }

  bytesRead(): number {
    return this.input.bytesRead();
  }

  get skipped(): SkipCounts {
    return this.splitter.skipped;
  }

  get repairedLines(): number {
    return this.splitter.repairedLines;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<RawLine[]> {
    if (this.started) {
      throw new Error(`${this.input.label} is a stream and can be read only once`);
    }
    this.started = true;
    const chunks = gunzipIfCompressed(this.input.chunks, this.input.label, (gzip) => {
      this.gzip = gzip;
    });
    for await (const chunk of chunks) {
      const lines = this.splitter.push(chunk);
      if (lines.length > 0) {
        yield lines;
      }
    }
    const last = this.splitter.end();
    if (last.length > 0) {
      yield last;
    }
  }
}
