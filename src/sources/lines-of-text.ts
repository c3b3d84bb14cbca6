/** Text already in memory (a GraphQL argument, a paste) as line batches, split like a file. */
import { LineSplitter, type RawLine } from "../pipeline/ingest";

export async function* linesOfText(text: string): AsyncGenerator<RawLine[]> {
  const splitter = new LineSplitter();
  yield splitter.push(Buffer.from(text, "utf8"));
  yield splitter.end();
}
