/**
 * Worker thread: reads a file, ingests and masks it (maskRecords), and streams the batches to
 * the main thread, at most `maxInFlight` ahead so a slow consumer bounds memory.
 */
import { parentPort, workerData } from "node:worker_threads";
import { maskRecords } from "../pipeline/masked-records";
import { openLineSource } from "../sources";
import type { IngestWorkerData, MainMessage, WorkerMessage } from "./ingest-worker-protocol";
import { encodeBatch } from "./masked-batch-codec";

const data = workerData as IngestWorkerData;
const port = parentPort!;
let inFlight = 0;
/**
 * Masking gives the same forms on either thread, so it goes where there is room: while the main
 * thread keeps up (few batches queued) it masks; once it falls behind, this thread does.
 */
const MASK_HERE_WHEN_QUEUED = 4;
let wakeUp: (() => void) | undefined;

port.on("message", (message: MainMessage) => {
  if (message.type === "ack") {
    inFlight--;
    wakeUp?.();
  }
});

function send(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}

async function waitForRoom(): Promise<void> {
  while (inFlight >= data.maxInFlight) {
    await new Promise<void>((resolve) => (wakeUp = resolve));
  }
}

async function run(): Promise<void> {
  const source = openLineSource(data.path);
  const masked = maskRecords(source, data.ingest, () => inFlight >= MASK_HERE_WHEN_QUEUED);
  for await (const batch of masked.batches) {
    if (batch.records.length === 0) {
      continue;
    }
    await waitForRoom();
    const encoded = encodeBatch(batch, data.fields);
    inFlight++;
    send({ type: "batch", batch: encoded, bytesRead: source.bytesRead() }, [encoded.lineIds.buffer as ArrayBuffer, encoded.timestamps.buffer as ArrayBuffer]);
  }
  send({ type: "end", stats: masked.stats(), skipped: source.skipped, repairedLines: source.repairedLines, bytesRead: source.bytesRead() });
}

run().catch((error: Error) => send({ type: "error", name: error.name, message: error.message }));
