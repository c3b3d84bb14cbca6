/**
 * ingest + masking: the half of the pipeline that needs no template state, so it can run on
 * its own thread (src/workers) while the miner's tree runs on the main one.
 */
import type { LogRecord } from "../domain/log-record";
import { createIngestor, type IngestOptions, type IngestStats, type RawLine } from "./ingest";
import { createContentMasker } from "./parse";

/** Records with each one's masked content, ready for Drain.trainMasked. */
export interface MaskedBatch {
  records: LogRecord[];
  forms: string[];
}

export interface MaskedRecords {
  readonly kind: "masked-records";
  readonly batches: AsyncIterable<MaskedBatch>;
  /** Complete once `batches` is exhausted. */
  stats(): IngestStats;
}

export type LineBatches = AsyncIterable<RawLine[]>;

/** Ingests and masks line batches on this thread. */
export function maskRecords(lines: LineBatches, options: IngestOptions = {}): MaskedRecords {
  const ingestor = createIngestor(options);
  const masker = createContentMasker();
  const masked = (records: LogRecord[]): MaskedBatch => ({ records, forms: records.map((r) => masker.mask(r.content)) });
  async function* batches(): AsyncGenerator<MaskedBatch> {
    for await (const batch of lines) {
      yield masked(ingestor.pushLines(batch));
    }
    yield masked(ingestor.end());
  }
  return { kind: "masked-records", batches: batches(), stats: () => ingestor.stats() };
}
