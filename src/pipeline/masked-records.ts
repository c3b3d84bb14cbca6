/**
 * ingest + masking: the half of the pipeline that needs no template state, so it can run on
 * its own thread (src/workers) while the miner's tree runs on the main one.
 */
import type { LogRecord } from "../domain/log-record";
import { createIngestor, type IngestOptions, type IngestStats, type RawLine } from "./ingest";
import { createContentMasker } from "./parse";

/** Records with each one's masked content, ready for Drain.trainMasked; without `forms`, Drain.train masks. */
export interface MaskedBatch {
  records: LogRecord[];
  forms?: string[];
}

export interface MaskedRecords {
  readonly kind: "masked-records";
  readonly batches: AsyncIterable<MaskedBatch>;
  /** Complete once `batches` is exhausted. */
  stats(): IngestStats;
}

export type LineBatches = AsyncIterable<RawLine[]>;

/**
 * Ingests and masks line batches on this thread. `maskHere` says per batch whether to mask it
 * here or leave it to the consumer, so two threads can share the masking (src/workers).
 */
export function maskRecords(lines: LineBatches, options: IngestOptions = {}, maskHere: () => boolean = () => true): MaskedRecords {
  const ingestor = createIngestor(options);
  const masker = createContentMasker();
  const masked = (records: LogRecord[]): MaskedBatch =>
    maskHere() ? { records, forms: records.map((r) => masker.mask(r.content)) } : { records };
  async function* batches(): AsyncGenerator<MaskedBatch> {
    for await (const batch of lines) {
      yield masked(ingestor.pushLines(batch));
    }
    yield masked(ingestor.end());
  }
  return { kind: "masked-records", batches: batches(), stats: () => ingestor.stats() };
}
