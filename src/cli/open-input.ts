import { statSync } from "node:fs";
import type { SkipCounts } from "../domain/log-record";
import type { FormatName } from "../pipeline/ingest";
import type { LineBatches, MaskedBatch, MaskedRecords } from "../pipeline/masked-records";
import type { PipelineInput } from "../pipeline/run-pipeline";
import { checkReadableFile, openLineSource } from "../sources";
import { ingestInWorker } from "../workers/ingest-in-worker";
import type { RecordFields } from "../workers/masked-batch-codec";
import { ProgressDisplay } from "./progress";

export interface InputOptions {
  format: FormatName | "auto";
  /** What the command needs of each record (less crosses threads). */
  fields: RecordFields;
  /** Whether a large file may be ingested on a worker thread. */
  workers: boolean;
}

export interface OpenedInput {
  input: PipelineInput;
  format: FormatName | "auto";
  /** For headers without a year: the file's modification year, or this year for stdin. */
  referenceYear: number;
  /** Stops the progress bar and tells what the line splitter left out or repaired. */
  finish(): { skipped: SkipCounts; repairedLines: number };
}

/** Below this a worker's start-up (tens of ms) costs more than the second core gives back. */
const WORKER_MIN_BYTES = 8 * 2 ** 20;

/** Opens FILE (or `-` for stdin) for the pipeline, with a progress bar on a terminal. */
export function openInput(file: string, options: InputOptions): OpenedInput {
  const size = file === "-" ? undefined : checkReadableFile(file);
  const referenceYear = (file === "-" ? new Date() : statSync(file).mtime).getUTCFullYear();
  const progress = new ProgressDisplay(size);
  const common = { format: options.format, referenceYear };
  if (options.workers && size !== undefined && size >= WORKER_MIN_BYTES) {
    const ingest = ingestInWorker(file, common, options.fields);
    const input: MaskedRecords = { ...ingest, batches: withProgress(ingest.batches, progress, (b) => b.records.length, ingest.bytesRead) };
    return { ...common, input, finish: () => (progress.stop(), ingest.sourceStats()) };
  }
  const source = openLineSource(file);
  const input: LineBatches = withProgress(source.batches, progress, (b) => b.length, () => source.bytesRead());
  return { ...common, input, finish: () => (progress.stop(), { skipped: source.skipped, repairedLines: source.repairedLines }) };
}

async function* withProgress<T extends MaskedBatch | unknown[]>(
  batches: AsyncIterable<T>,
  progress: ProgressDisplay,
  linesOf: (batch: T) => number,
  bytesRead: () => number,
): AsyncGenerator<T> {
  let lines = 0;
  for await (const batch of batches) {
    lines += linesOf(batch);
    progress.update({ lines, bytes: bytesRead() });
    yield batch;
  }
}
