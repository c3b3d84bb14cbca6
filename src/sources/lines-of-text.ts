/** Text already in memory (a GraphQL argument, a paste) as line batches, split like a file. */
import type { SkipCounts } from "../domain/log-record";
import { LineSplitter, type RawLine } from "../pipeline/ingest";

/** Line batches with the splitter's account of what it left out or repaired (final once read). */
export interface SplitLines extends AsyncIterable<RawLine[]> {
  /** Lines the splitter left out so far, by reason. */
  readonly skipped: SkipCounts;
  /** Lines kept after replacing a little invalid UTF-8. */
  readonly repairedLines: number;
}

export function linesOfText(text: string): SplitLines {
  const splitter = new LineSplitter();
  async function* batches(): AsyncGenerator<RawLine[]> {
    yield splitter.push(Buffer.from(text, "utf8"));
    yield splitter.end();
  }
  return {
    [Symbol.asyncIterator]: batches,
    get skipped() {
      return splitter.skipped;
    },
    get repairedLines() {
      return splitter.repairedLines;
    },
  };
}
