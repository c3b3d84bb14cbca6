/**
 * Golden test of the Drain miner over the nine LogHub-2k systems: template count and sha256 of
 * the sorted templates are pinned in parse-golden.json (rewrite it on purpose with
 * UPDATE_GOLDEN=1), and accuracy is measured by the reference scorer on raw log files read through
 * ingest and parse as `flare parse` does:
 * EventId = E<resolve(id)>, EventTemplate = template(id), both after the whole file is trained.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eventIdOf } from "../../src/domain/template";
import { Drain } from "../../src/pipeline/parse";
import { parseLog } from "../../src/pipeline/run-pipeline";
import { openLineSource } from "../../src/sources";
import { LOGHUB_2K_SYSTEMS, LoghubSystem, loghubLogPath, loghubTruthPath, sharedPath } from "../support/shared-data";

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

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function score(predictedCsv: string, system: LoghubSystem): Record<string, number> {
  const scorer = sharedPath("bench", "score-parsing.mjs");
  return JSON.parse(execFileSync(process.execPath, [scorer, predictedCsv, loghubTruthPath(system), "--json"], { encoding: "utf8" }));
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

async function parseSystem(system: LoghubSystem, workDir: string): Promise<SystemResult> {
  const { lineIds, templateIds, drain } = await parseLines(system);
  const rows = lineIds.map((lineId, i) => `${lineId},${eventIdOf(drain.resolve(templateIds[i]))},${csvField(drain.template(templateIds[i]))}`);
  const predictedCsv = path.join(workDir, `${system}.csv`);
  writeFileSync(predictedCsv, ["LineId,EventId,EventTemplate", ...rows].join("\n") + "\n");
  const templates = drain.templates().map((t) => t.template).sort();
  const scores = score(predictedCsv, system);
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
    const workDir = mkdtempSync(path.join(os.tmpdir(), "flare-parse-golden-"));
    try {
      for (const system of LOGHUB_2K_SYSTEMS) {
        results[system] = await parseSystem(system, workDir);
      }
    } finally {
      rmSync(workDir, { recursive: true, force: true });
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
