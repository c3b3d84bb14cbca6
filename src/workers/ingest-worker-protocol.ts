/** Messages between the main thread and the ingest worker. */
import type { SkipCounts } from "../domain/log-record";
import type { IngestOptions, IngestStats } from "../pipeline/ingest";
import type { EncodedBatch, RecordFields } from "./masked-batch-codec";

export interface IngestWorkerData {
  path: string;
  ingest: IngestOptions;
  fields: RecordFields;
  /** Batches sent but not yet taken by the main thread before the worker waits. */
  maxInFlight: number;
}

export type WorkerMessage =
  | { type: "batch"; batch: EncodedBatch; bytesRead: number }
  | { type: "end"; stats: IngestStats; skipped: SkipCounts; repairedLines: number; bytesRead: number }
  | { type: "error"; name: string; message: string };

/** The main thread took one batch: the worker may send another. */
export type MainMessage = { type: "ack" };
