/**
 * Golden test of the Drain miner over the nine LogHub-2k systems: template count and sha256 of
 * the sorted templates are pinned in parse-golden.json (rewrite it on purpose with
 * UPDATE_GOLDEN=1), and accuracy is measured by the reference scorer, as `flare parse` output:
 * EventId = E<resolve(id)>, EventTemplate = template(id), both after the whole file is trained.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { eventIdOf } from "../../src/domain/template";
import { Drain } from "../../src/pipeline/parse";
import { hasSharedData, LOGHUB_2K_SYSTEMS, LoghubSystem, loghubTruthPath, sharedPath } from "../support/shared-data";

const GOLDEN_FILE = path.join(__dirname, "parse-golden.json");
const TARGET = { GA: 0.95, PA: 0.6 };

interface TruthRow {
  LineId: string;
  Content: string;
}

interface SystemResult {
  templates: number;
  sha256: string;
  GA: number;
  FGA: number;
  PA: number;
  FTA: number;
}

/**
 * Where each line's message content comes from. For now the truth CSV's Content column, by
 * LineId; this is the one place to change when our own ingest stage splits the headers.
 */
function contentOfLines(system: LoghubSystem): { lineId: string; content: string }[] {
  const rows: TruthRow[] = parse(readFileSync(loghubTruthPath(system)), { columns: true });
  return rows.map((row) => ({ lineId: row.LineId, content: row.Content }));
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

function parseSystem(system: LoghubSystem, workDir: string): SystemResult {
  const drain = new Drain();
  const lines = contentOfLines(system).map(({ lineId, content }) => ({ lineId, templateId: drain.train(content).templateId }));
  const rows = lines.map(({ lineId, templateId }) => `${lineId},${eventIdOf(drain.resolve(templateId))},${csvField(drain.template(templateId))}`);
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

const describeWithData = hasSharedData() ? describe : describe.skip;

describeWithData("Drain on LogHub-2k (golden)", () => {
  const results = {} as Record<LoghubSystem, SystemResult>;

  beforeAll(() => {
    const workDir = mkdtempSync(path.join(os.tmpdir(), "flare-parse-golden-"));
    try {
      for (const system of LOGHUB_2K_SYSTEMS) {
        results[system] = parseSystem(system, workDir);
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
