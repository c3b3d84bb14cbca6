import { totalSkipped, type SkipCounts } from "../domain/log-record";
import type { IngestStats } from "../pipeline/ingest";

/**
 * Lines left out, by reason: the splitter's and ingest's reasons, and `unkeyed` for records that
 * belong to no session (under block keying, a line without a `blk_` id), which are parsed but
 * never scored. The API's batches count them under the same names.
 */
export type InputSkipCounts = SkipCounts & { unkeyed?: number };

export type InputReport = ReturnType<typeof inputReport>;

/**
 * What happened to the input's lines, from the splitter (source), the ingest stage and, for
 * commands that form sessions, the session collector's count of unkeyed records.
 */
export function inputReport(ingest: IngestStats, source: { skipped: SkipCounts; repairedLines: number }, unkeyedRecords = 0) {
  const skipped: InputSkipCounts = { ...source.skipped };
  for (const [reason, count] of Object.entries(ingest.skipped) as [keyof SkipCounts, number][]) {
    skipped[reason] = (skipped[reason] ?? 0) + count;
  }
  if (unkeyedRecords > 0) {
    skipped.unkeyed = unkeyedRecords;
  }
  return {
    format: ingest.format,
    formatConfidence: ingest.confidence,
    lines: ingest.lines + totalSkipped(source.skipped),
    records: ingest.records,
    skipped,
    repairedLines: source.repairedLines,
    redactions: ingest.redactions,
  };
}

/** The summary written to stderr after a run: what was read, and what was left out and why. */
export function describeInput(report: InputReport): string {
  const skipped = Object.entries(report.skipped).filter(([, count]) => count > 0);
  const counted = skipped.map(([reason, count]) => `${count} ${reason}${reason === "unkeyed" ? " (in no session)" : ""}`);
  const left = skipped.length === 0 ? "none skipped" : `skipped ${counted.join(", ")}`;
  const repaired = report.repairedLines > 0 ? `; ${report.repairedLines} with invalid UTF-8 repaired` : "";
  return `flare: ${report.lines} lines (${report.format ?? "no format"}), ${report.records} records; ${left}${repaired}\n`;
}
