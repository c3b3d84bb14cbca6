/**
 * Golden test of the Drain miner over the nine LogHub-2k systems: template count and sha256 of
 * the sorted templates are pinned in parse-golden.json (rewrite it on purpose with
 * UPDATE_GOLDEN=1), and accuracy is measured on raw log files read through ingest and parse as
 * `flare parse` does: EventId = E<resolve(id)>, EventTemplate = template(id), both after the whole
 * file is trained. Scores come from src/evaluate in-process (no scorer process, so this stays a
 * unit test); tests/integration/evaluate checks they equal the reference scorer's.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { eventIdOf } from "../../src/domain/template";
import { scoreParsing, type PredictedLine, type TruthLine } from "../../src/evaluate/parsing-metrics";
import { Drain } from "../../src/pipeline/parse";
import { parseLog } from "../../src/pipeline/run-pipeline";
import { openLineSource } from "../../src/sources";
import { LOGHUB_2K_SYSTEMS, LoghubSystem, loghubLogPath, loghubTruthPath } from "../support/shared-data";

const GOLDEN_FILE = path.join(__dirname, "parse-golden.json");
const TARGET = { GA: 0.95, PA: 0.6 };

interface SystemResult {
  templates: number;
  sha256: string;
  GA: number;
  FGA: number;
  PA: number;
  FTA: number;
}

/** Each line's template through the real ingest and parse stages, exactly as `flare parse` runs them. */
async function parseLines(system: LoghubSystem): Promise<{ lineIds: number[]; templateIds: number[]; drain: Drain }> {
  return parseLog(openLineSource(loghubLogPath(system)));
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function truthOf(system: LoghubSystem): TruthLine[] {
  const rows = parse(readFileSync(loghubTruthPath(system)), { columns: true }) as { LineId: string; EventTemplate: string }[];
  return rows.map((row) => ({ lineId: row.LineId, template: row.EventTemplate }));
}

async function parseSystem(system: LoghubSystem): Promise<SystemResult> {
  const { lineIds, templateIds, drain } = await parseLines(system);
  const predicted: PredictedLine[] = lineIds.map((lineId, i) => ({
    lineId,
    eventId: eventIdOf(drain.resolve(templateIds[i])),
    template: drain.template(templateIds[i]),
  }));
  const templates = drain.templates().map((t) => t.template).sort();
  const scores = scoreParsing(predicted, truthOf(system));
  return {
    templates: templates.length,
    sha256: createHash("sha256").update(templates.join("\n")).digest("hex"),
    GA: round(scores.GA),
    FGA: round(scores.FGA),
    PA: round(scores.PA),
    FTA: round(scores.FTA),
  };
}

describe("Drain on LogHub-2k (golden)", () => {
  const results = {} as Record<LoghubSystem, SystemResult>;

  beforeAll(async () => {
    for (const system of LOGHUB_2K_SYSTEMS) {
      results[system] = await parseSystem(system);
    }
    if (process.env.UPDATE_GOLDEN === "1") {
      writeFileSync(GOLDEN_FILE, `${JSON.stringify(results, null, 2)}\n`);
    }
  });

  it.each(LOGHUB_2K_SYSTEMS)("%s matches the pinned templates and scores", (system) => {
    const golden: Record<LoghubSystem, SystemResult> = JSON.parse(readFileSync(GOLDEN_FILE, "utf8"));
    expect(results[system]).toEqual(golden[system]);
  });

  it.each(["GA", "PA"] as const)(`averages %s at or above the target`, (metric) => {
    const average = LOGHUB_2K_SYSTEMS.reduce((sum, system) => sum + results[system][metric], 0) / LOGHUB_2K_SYSTEMS.length;
    expect(average).toBeGreaterThanOrEqual(TARGET[metric]);
  });
});
