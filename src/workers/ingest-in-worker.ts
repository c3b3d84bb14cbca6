/**
 * Runs ingest and masking for a file on a worker thread, so on two cores the miner's tree
 * (main thread) and everything before it (worker) run at once: see bench/throughput.bench.ts.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SkipCounts } from "../domain/log-record";
import type { IngestOptions, IngestStats } from "../pipeline/ingest";
import type { MaskedBatch, MaskedRecords } from "../pipeline/masked-records";
import { InputError } from "../sources";
import type { IngestWorkerData, MainMessage, WorkerMessage } from "./ingest-worker-protocol";
import { decodeBatch, type RecordFields } from "./masked-batch-codec";

export interface WorkerIngest extends MaskedRecords {
  bytesRead(): number;
  /** What the line splitter left out or repaired; complete once `batches` is exhausted. */
  sourceStats(): { skipped: SkipCounts; repairedLines: number };
}

/** Enough batches in flight to keep both threads busy; each is one 256 KiB read chunk. */
const MAX_IN_FLIGHT = 16;

export function ingestInWorker(file: string, ingest: IngestOptions, fields: RecordFields): WorkerIngest {
  const workerData: IngestWorkerData = { path: file, ingest, fields, maxInFlight: MAX_IN_FLIGHT };
  const worker = new Worker(path.join(__dirname, "ingest.worker.js"), { workerData });
  const inbox = new MessageInbox(worker);
  let bytes = 0;
  let end: Extract<WorkerMessage, { type: "end" }> | undefined;
  async function* batches(): AsyncGenerator<MaskedBatch> {
    try {
      for (;;) {
        const message = await inbox.next();
        bytes = message.type === "error" ? bytes : message.bytesRead;
        if (message.type === "error") {
          throw message.name === "InputError" ? new InputError(message.message) : new Error(message.message);
        }
        if (message.type === "end") {
          end = message;
          return;
        }
        worker.postMessage({ type: "ack" } satisfies MainMessage);
        yield decodeBatch(message.batch);
      }
    } finally {
      await worker.terminate();
    }
  }
  const finished = <T>(value: T | undefined): T => {
    if (value === undefined) {
      throw new Error("the ingest worker has not finished");
    }
    return value;
  };
  return {
    kind: "masked-records",
    batches: batches(),
    stats: (): IngestStats => finished(end).stats,
    bytesRead: () => bytes,
    sourceStats: () => ({ skipped: finished(end).skipped, repairedLines: finished(end).repairedLines }),
  };
}

/** Worker messages as a queue that can be awaited one at a time; a crash becomes an error message. */
class MessageInbox {
  private readonly queue: WorkerMessage[] = [];
  private waiting: ((message: WorkerMessage) => void) | undefined;

  constructor(worker: Worker) {
    worker.on("message", (message: WorkerMessage) => this.deliver(message));
    worker.on("error", (error: Error) => this.deliver({ type: "error", name: error.name, message: error.message }));
    worker.on("exit", (code) => this.deliver({ type: "error", name: "Error", message: `the ingest worker stopped (exit ${code})` }));
  }

  next(): Promise<WorkerMessage> {
    const message = this.queue.shift();
    return message ? Promise.resolve(message) : new Promise((resolve) => (this.waiting = resolve));
  }

  private deliver(message: WorkerMessage): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) {
      waiting(message);
    } else {
      this.queue.push(message);
    }
  }
}
