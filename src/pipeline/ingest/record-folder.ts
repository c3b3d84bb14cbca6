/** Builds one record at a time from a header line and the continuation lines that follow it. */
import type { LogRecord } from "../../domain/log-record";

export interface FoldLimits {
  maxRecordLines: number;
  maxRecordChars: number;
}

/**
 * Continuation lines (stack frames, `Caused by:`) are joined into `raw` but not into `content`:
 * the template miner should group "same error, different stack" together, and frames would give
 * every trace its own template. The full trace stays in `raw` as evidence.
 */
export class RecordFolder {
  private record: LogRecord | undefined;
  private extraLines: string[] = [];
  private chars = 0;

  constructor(private readonly limits: FoldLimits) {}

  get hasRecord(): boolean {
    return this.record !== undefined;
  }

  /** Starts a new record and returns the finished previous one, if any. */
  start(record: LogRecord): LogRecord | undefined {
    const finished = this.finish();
    this.record = record;
    this.chars = record.raw.length;
    return finished;
  }

  /** Appends a continuation line; false when the record is at its cap and the line is dropped. */
  fold(line: string): boolean {
    const fits =
      this.extraLines.length + 1 < this.limits.maxRecordLines && this.chars + 1 + line.length <= this.limits.maxRecordChars;
    if (fits) {
      this.extraLines.push(line);
      this.chars += 1 + line.length;
    }
    return fits;
  }

  finish(): LogRecord | undefined {
    const record = this.record;
    if (record !== undefined && this.extraLines.length > 0) {
      record.raw = `${record.raw}\n${this.extraLines.join("\n")}`;
      this.extraLines = [];
    }
    this.record = undefined;
    return record;
  }
}
