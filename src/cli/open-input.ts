import { statSync } from "node:fs";
import type { SkipCounts } from "../domain/log-record";
import type { LineBatches } from "../pipeline/run-pipeline";
import { openLineSource } from "../sources";
import { ProgressDisplay } from "./progress";

export interface OpenedInput {
  lines: LineBatches;
  /** For headers without a year: the file's modification year, or this year for stdin. */
  referenceYear: number;
  /** Stops the progress bar and tells what the line splitter left out or repaired. */
  finish(): { skipped: SkipCounts; repairedLines: number };
}

/** Opens FILE (or `-` for stdin) as line batches, with a progress bar on a terminal. */
export function openInput(path: string): OpenedInput {
  const source = openLineSource(path);
  const progress = new ProgressDisplay(source.sizeBytes);
  async function* withProgress(): LineBatches {
    let lines = 0;
    for await (const batch of source.batches) {
      lines += batch.length;
      progress.update({ lines, bytes: source.bytesRead() });
      yield batch;
    }
  }
  return {
    lines: withProgress(),
    referenceYear: (path === "-" ? new Date() : statSync(path).mtime).getUTCFullYear(),
    finish: () => {
      progress.stop();
      return { skipped: source.skipped, repairedLines: source.repairedLines };
    },
  };
}
