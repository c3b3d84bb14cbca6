/**
 * src/evaluate's parsing metrics give exactly the reference scorer's numbers (score-parsing.mjs
 * of the shared bench, run as its own process on the CSV `flare parse` would write), so the
 * golden test may score in-process.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { eventIdOf } from "../../../src/domain/template";
import { scoreParsing, type PredictedLine } from "../../../src/evaluate/parsing-metrics";
import { parseLog } from "../../../src/pipeline/run-pipeline";
import { openLineSource } from "../../../src/sources";
import { LOGHUB_2K_SYSTEMS, loghubLogPath, loghubTruthPath, sharedPath, type LoghubSystem } from "../../support/shared-data";

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(path.join(os.tmpdir(), "flare-parsing-metrics-"));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function predictionsOf(system: LoghubSystem): Promise<PredictedLine[]> {
  const { lineIds, templateIds, drain } = await parseLog(openLineSource(loghubLogPath(system)));
  return lineIds.map((lineId, i) => ({ lineId, eventId: eventIdOf(drain.resolve(templateIds[i])), template: drain.template(templateIds[i]) }));
}

function referenceScores(predicted: PredictedLine[], system: LoghubSystem): Record<string, number> {
  const file = path.join(workDir, `${system}.csv`);
  const rows = predicted.map((line) => `${line.lineId},${line.eventId},${csvField(line.template)}`);
  writeFileSync(file, ["LineId,EventId,EventTemplate", ...rows].join("\n") + "\n");
  const scorer = sharedPath("bench", "score-parsing.mjs");
  return JSON.parse(execFileSync(process.execPath, [scorer, file, loghubTruthPath(system), "--json"], { encoding: "utf8" }));
}

describe("parsing metrics", () => {
  it.each(LOGHUB_2K_SYSTEMS)("equal the reference scorer's on %s", async (system) => {
    const predicted = await predictionsOf(system);
    const truth = (parse(readFileSync(loghubTruthPath(system)), { columns: true }) as { LineId: string; EventTemplate: string }[]).map((row) => ({
      lineId: row.LineId,
      template: row.EventTemplate,
    }));
    // Every second prediction dropped too, so the missing-line path is compared as well.
    const halved = predicted.filter((_, i) => i % 2 === 0);
    expect(scoreParsing(predicted, truth)).toEqual(referenceScores(predicted, system));
    expect(scoreParsing(halved, truth)).toEqual(referenceScores(halved, system));
  });
});
