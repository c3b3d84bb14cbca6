import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { REPO_DIR, runFlare } from "../../support/run-flare";
import { sharedPath } from "../../support/shared-data";

const SAMPLE = path.join(REPO_DIR, "examples", "hdfs-sample.log");
const tmp = mkdtempSync(path.join(tmpdir(), "flare-cli-"));

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file), { columns: true });
}

describe("flare parse", () => {
  it("writes one LineId,EventId,EventTemplate row per line of the bundled sample", () => {
    const out = path.join(tmp, "parsed.csv");
    const run = runFlare(["parse", SAMPLE, "--out", out]);
    expect(run.status).toBe(0);
    const rows = readCsv(out);
    expect(Object.keys(rows[0])).toEqual(["LineId", "EventId", "EventTemplate"]);
    expect(rows).toHaveLength(2000);
    expect(rows.map((r) => Number(r.LineId))).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    expect(rows[0].EventTemplate).toContain("Receiving block");
  });

  it("reads standard input with -", () => {
    const text = readFileSync(SAMPLE, "utf8").split("\n").slice(0, 50).join("\n");
    const run = runFlare(["parse", "-"], { input: text });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(51);
  });

  it("keeps template ids across runs through --state", () => {
    const state = path.join(tmp, "drain.json");
    const first = runFlare(["parse", SAMPLE, "--state", state, "--out", path.join(tmp, "a.csv")]);
    const second = runFlare(["parse", SAMPLE, "--state", state, "--out", path.join(tmp, "b.csv")]);
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    expect(readFileSync(path.join(tmp, "b.csv"), "utf8")).toEqual(readFileSync(path.join(tmp, "a.csv"), "utf8"));
  });
});

describe("flare detect", () => {
  it("scores every block and reports precision/recall/F1 against labels", () => {
    const out = path.join(tmp, "sessions.csv");
    const labels = sharedPath("datasets", "hdfs", "HDFS_v1_head2000.block_labels.csv");
    const run = runFlare(["detect", SAMPLE, "--out", out, "--labels", labels]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/precision=\d\.\d{4} recall=\d\.\d{4} f1=\d\.\d{4}/);
    const rows = readCsv(out);
    expect(Object.keys(rows[0])).toEqual(["BlockId", "Score", "Anomaly"]);
    expect(rows).toHaveLength(readCsv(labels).length);
    expect(rows.every((r) => /^blk_-?\d+$/.test(r.BlockId) && Number.isFinite(Number(r.Score)))).toBe(true);
  });
});

describe("flare analyze", () => {
  it("explains incidents with the offline summarizer, as JSON", () => {
    const run = runFlare(["analyze", SAMPLE, "--json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.format).toBe("hdfs");
    expect(report.sessions).toBe(390);
    expect(report.incidents.length).toBeGreaterThan(0);
    for (const incident of report.incidents) {
      expect(incident.summary.provider).toBe("offline");
      expect(incident.summary.confidence).toBeGreaterThanOrEqual(0);
      expect(incident.summary.confidence).toBeLessThanOrEqual(1);
      expect(incident.representativeLines.length).toBeGreaterThan(0);
    }
  });

  it("prints a human table when asked without --json", () => {
    const run = runFlare(["analyze", SAMPLE]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("severity");
    expect(run.stdout).toContain("offline summary, no LLM");
  });
});

describe("flare --help", () => {
  it.each([[[]], [["parse"]], [["detect"]], [["analyze"]]])("documents %p", (command) => {
    const run = runFlare([...command, "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: flare/);
  });
});
