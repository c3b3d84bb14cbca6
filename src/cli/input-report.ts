import { totalSkipped, type SkipCounts } from "../domain/log-record";
import type { IngestStats } from "../pipeline/ingest";

/** What happened to the input's lines, from the splitter (source) and the ingest stage together. */
export function inputReport(ingest: IngestStats, source: { skipped: SkipCounts; repairedLines: number }) {
  const skipped: SkipCounts = { ...source.skipped };
  for (const [reason, count] of Object.entries(ingest.skipped) as [keyof SkipCounts, number][]) {
    skipped[reason] = (skipped[reason] ?? 0) + count;
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
