/** Options of the ingestor, with the defaults and why they are what they are. */
import type { FormatName } from "./log-format";
import { DETECTION_SAMPLE_LINES } from "./detect-format";

export interface IngestOptions {
  /** The format to read, or `auto` to detect it from the first lines. */
  format?: FormatName | "auto";
  /** Most physical lines in one entry: its header line plus folded continuation lines. */
  maxRecordLines?: number;
  /** Most characters in one entry's raw text. */
  maxRecordChars?: number;
  /** The year assumed for headers that have none (BSD syslog, macOS, OpenSSH): see DEFAULT_INGEST_OPTIONS. */
  referenceYear?: number;
  /** Lines buffered for format detection when `format` is `auto`. */
  detectionSampleLines?: number;
}

export const DEFAULT_INGEST_OPTIONS: Required<IngestOptions> = {
  format: "auto",
  // A deep Java trace with a few `Caused by:` sections runs to ~150 lines; 200 keeps it whole
  // while a runaway dump (a trace printed in a loop with no header lines between) stays bounded.
  maxRecordLines: 200,
  // 200 lines of ~600 characters; with the 64 KiB line cap this bounds one entry in memory.
  maxRecordChars: 128 * 1024,
  // The stage has no clock, so the caller (the CLI: the file's modification year) should pass
  // the real year. Without one: 2000, a leap year (Feb 29 reads) that is plainly a placeholder.
  // The year counts from the first entry and steps up when the month wraps (Dec → Jan).
  referenceYear: 2000,
  detectionSampleLines: DETECTION_SAMPLE_LINES,
};

/** Fills defaults and rejects values no run could want; bad configuration throws at construction. */
export function resolveIngestOptions(options: IngestOptions = {}): Required<IngestOptions> {
  const resolved = { ...DEFAULT_INGEST_OPTIONS, ...withoutUndefined(options) };
  for (const key of ["maxRecordLines", "maxRecordChars", "detectionSampleLines"] as const) {
    if (!Number.isInteger(resolved[key]) || resolved[key] < 1) {
      throw new RangeError(`${key} must be a positive integer, got ${resolved[key]}`);
    }
  }
  if (!Number.isInteger(resolved.referenceYear)) {
    throw new RangeError(`referenceYear must be an integer year, got ${resolved.referenceYear}`);
  }
  return resolved;
}

function withoutUndefined(options: IngestOptions): IngestOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
