/** A submitted log as the store keeps it: what came in, how its analysis went, and what it counted. */
import type { SkipReason } from "./log-record";

export const BATCH_STATUSES = ["RUNNING", "COMPLETED", "FAILED"] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/**
 * The kinds of analysis failure a submitter is told about: BAD_USER_INPUT when the input was
 * the problem (the message says what to change), INTERNAL_SERVER_ERROR for everything else (the
 * message only points at the server log, which alone holds the detail).
 */
export const BATCH_ERROR_CODES = ["BAD_USER_INPUT", "INTERNAL_SERVER_ERROR"] as const;
export type BatchErrorCode = (typeof BATCH_ERROR_CODES)[number];

/** Why a batch failed, in words safe to show whoever submitted it. */
export interface BatchFailure {
  code: BatchErrorCode;
  message: string;
}

/**
 * Why lines of a batch are in no scored session: the reasons ingest skips a line for, and
 * `unkeyed` for entries that name no session (under block keying, a line without a `blk_` id),
 * which are parsed but never scored. Keyed by reason so the compiler insists on every one.
 */
export const BATCH_SKIP_REASONS = {
  empty: "blank lines",
  binary: "lines of binary data",
  "too-long": "lines over the length limit, 64 KiB unless configured otherwise",
  "invalid-utf8": "lines that are mostly invalid UTF-8",
  "no-header": "lines without the header their format requires",
  unkeyed: "entries that belong to no session, e.g. an HDFS line without a block id",
} as const satisfies Record<SkipReason | "unkeyed", string>;

export type BatchSkipReason = keyof typeof BATCH_SKIP_REASONS;
export type BatchSkipCounts = Partial<Record<BatchSkipReason, number>>;

/** One count per reason, summed over every stage that skipped lines. */
export function addSkipCounts(...counts: BatchSkipCounts[]): BatchSkipCounts {
  const sum: BatchSkipCounts = {};
  for (const byReason of counts) {
    for (const [reason, n] of Object.entries(byReason) as [BatchSkipReason, number | undefined][]) {
      if (n) {
        sum[reason] = (sum[reason] ?? 0) + n;
      }
    }
  }
  return sum;
}

export interface StoredBatch {
  id: string;
  /** Where the log came from (a file name, `paste`, a stream). */
  source: string;
  detectedFormat: string | null;
  status: BatchStatus;
  lineCount: number;
  byteCount: number;
  /** sha256 of the raw content; an identical re-submission finds this batch. */
  contentHash: string;
  sessionCount: number;
  anomalyCount: number;
  incidentCount: number;
  /** Every line in no scored session: the sum of `skippedByReason`. */
  skippedLines: number;
  skippedByReason: BatchSkipCounts;
  /** Set when status is FAILED. */
  failure: BatchFailure | null;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  createdAt: Date;
  updatedAt: Date;
}
