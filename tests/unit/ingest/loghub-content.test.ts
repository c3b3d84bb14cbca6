import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { createIngestor, LineSplitter } from "../../../src/pipeline/ingest";
import type { LogRecord } from "../../../src/domain/log-record";
import { LOGHUB_2K_SYSTEMS, loghubLogPath, loghubTruthPath } from "../../support/shared-data";


function ingestFile(path: string): LogRecord[] {
  const splitter = new LineSplitter();
  const ingestor = createIngestor();
  const bytes = readFileSync(path);
  return [...ingestor.pushLines(splitter.push(bytes)), ...ingestor.pushLines(splitter.end()), ...ingestor.end()];
}

// The parser is scored against LogHub's truth, so our content must be LogHub's Content.
describe("content equals LogHub's corrected truth", () => {
  it.each([...LOGHUB_2K_SYSTEMS])("%s: ≥ 99% of lines", (system) => {
    const truth = parse(readFileSync(loghubTruthPath(system)), { columns: true }) as { LineId: string; Content: string }[];
    const contentByLine = new Map(ingestFile(loghubLogPath(system)).map((record) => [record.lineId, record.content]));
    const equal = truth.filter((row) => contentByLine.get(Number(row.LineId)) === row.Content).length;
    expect(truth).toHaveLength(2000);
    expect(equal / truth.length).toBeGreaterThanOrEqual(0.99);
  });
});
