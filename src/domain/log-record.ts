/** One log entry after ingest: header fields separated from the message content. */
export interface LogRecord {
  /** 1-based line number of the entry's first line in its source. */
  lineId: number;
  /** The entry as read (continuation lines joined with "\n"), after secret redaction. */
  raw: string;
  /** The message part without the header; what the template miner sees. */
  content: string;
  /** Milliseconds since the Unix epoch, when the header carries a time we can read. */
  timestamp?: number;
  level?: string;
  component?: string;
  pid?: string;
  host?: string;
}

/** Why a physical line was left out of the records. Bad lines are counted, never thrown. */
export type SkipReason =
  | "empty"
  | "binary"
  | "too-long"
  | "invalid-utf8"
  | "no-header";

export type SkipCounts = Partial<Record<SkipReason, number>>;

/** Lines skipped for any reason. */
export function totalSkipped(counts: SkipCounts): number {
  return Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}
