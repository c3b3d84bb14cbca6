import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

describe("flare detect --session regex:RE", () => {
  // Session ids are whatever the regex captures: here the text after `user=`, commas and quotes included.
  const users = ['o\'brien,"admin"', 'plain', 'comma,only', '"quoted"'];
  const log = path.join(tmp, "users.log");
  const lines = Array.from({ length: 400 }, (_, i) => `2024-01-01 00:00:${String(i % 60).padStart(2, "0")} login ok user=${users[i % users.length]}`);
  writeFileSync(log, `${lines.join("\n")}\nno user on this line\nnor on this one\n`);

  it("writes ids with commas and quotes as CSV that csv-parse and the reference scorer read back", () => {
    const out = path.join(tmp, "users.csv");
    const run = runFlare(["detect", log, "--session", "regex:user=(.+)$", "--out", out]);
    expect(run.status).toBe(0);
    const rows = readCsv(out);
    expect(rows.map((r) => r.SessionId).sort()).toEqual([...users].sort());

    const labels = path.join(tmp, "user-labels.csv");
    writeFileSync(labels, `SessionId,Label\n${users.map((u, i) => `"${u.replace(/"/g, '""')}",${i === 0 ? "Anomaly" : "Normal"}`).join("\n")}\n`);
    const scored = JSON.parse(execFileSync(process.execPath, [sharedPath("bench", "score-detection.mjs"), out, labels, "--json"], { encoding: "utf8" }));
    expect(scored).toMatchObject({ sessions: users.length, unreported: 0 });
  });

  it("counts the lines that belong to no session as unkeyed, in --json and on stderr", () => {
    const run = runFlare(["detect", log, "--session", "regex:user=(.+)$", "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).input.skipped).toEqual({ unkeyed: 2 });
    expect(run.stderr).toBe("flare: 402 lines (generic), 402 records; skipped 2 unkeyed (in no session)\n");
  });
});

describe("flare analyze", () => {
  it("counts HDFS lines without a block id as unkeyed", () => {
    const withoutBlocks = path.join(tmp, "unkeyed.log");
    const strays = ["081109 203615 148 INFO dfs.DataNode: heartbeat sent", "081109 203616 148 INFO dfs.DataNode: heartbeat sent"];
    writeFileSync(withoutBlocks, `${readFileSync(SAMPLE, "utf8").trimEnd()}\n${strays.join("\n")}\n`);
    const run = runFlare(["analyze", withoutBlocks, "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).input.skipped).toEqual({ unkeyed: 2 });
    expect(run.stderr).toMatch(/; skipped 2 unkeyed \(in no session\)\n$/);
  });

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
