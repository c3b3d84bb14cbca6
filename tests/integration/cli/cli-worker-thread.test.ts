import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runFlare } from "../../support/run-flare";
import { sharedPath } from "../../support/shared-data";

const tmp = mkdtempSync(path.join(tmpdir(), "flare-worker-"));
const log = path.join(tmp, "dev5000.log");

beforeAll(() => {
  execFileSync(process.execPath, [
    sharedPath("bench", "gen-hdfs.mjs"),
    "--sessions", sharedPath("datasets", "hdfs", "hdfs_dev_pool.jsonl.gz"),
    "--blocks", "5000", "--anomaly-rate", "0.0293", "--out", log, "--labels", path.join(tmp, "labels.csv"),
  ]);
});

function bothWays(args: (out: string) => string[]): [string, string] {
  const outputs = (["off", "auto"] as const).map((workers) => {
    const out = path.join(tmp, `${workers}-${args("").join("-").replace(/\W/g, "")}.out`);
    const run = runFlare(args(out), { env: { FLARE_WORKERS: workers } });
    expect(run.status).toBe(0);
    return (existsSync(out) ? readFileSync(out, "utf8") : "") + run.stdout;
  });
  return [outputs[0], outputs[1]];
}

describe("a large file ingested on a worker thread", () => {
  it("is large enough to take the worker path", () => {
    expect(statSync(log).size).toBeGreaterThan(8 * 2 ** 20);
  });

  it("parses to exactly the same CSV as one thread", () => {
    const [oneThread, withWorker] = bothWays((out) => ["parse", log, "--out", out, "--json"]);
    expect(withWorker).toEqual(oneThread);
    expect(oneThread.split("\n").length).toBeGreaterThan(90_000);
  });

  it("scores exactly the same sessions as one thread", () => {
    const [oneThread, withWorker] = bothWays((out) => ["detect", log, "--out", out]);
    expect(withWorker).toEqual(oneThread);
  });

  it("finds the same incidents as one thread", () => {
    const [oneThread, withWorker] = bothWays(() => ["analyze", log, "--json"]);
    expect(withWorker).toEqual(oneThread);
    expect(JSON.parse(oneThread).incidents.length).toBeGreaterThan(0);
  });

  it("reports a missing file before starting the worker", () => {
    const run = runFlare(["parse", path.join(tmp, "missing.log")], { env: { FLARE_WORKERS: "auto" } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no such file/);
  });
});
