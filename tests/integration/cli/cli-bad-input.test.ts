import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_DIR, runFlare, type FlareRun } from "../../support/run-flare";

const tmp = mkdtempSync(path.join(tmpdir(), "flare-bad-"));
const SAMPLE = path.join(REPO_DIR, "examples", "hdfs-sample.log");

function file(name: string, content: string | Buffer): string {
  const target = path.join(tmp, name);
  writeFileSync(target, content);
  return target;
}

function expectOneLineError(run: FlareRun, pattern: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split("\n")[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe("bad input gets a clear message or a sensible result, never a stack trace", () => {
  it("a missing path", () => {
    expectOneLineError(runFlare(["parse", path.join(tmp, "nope.log")]), /nope\.log/);
  });

  it("a directory", () => {
    expectOneLineError(runFlare(["analyze", tmp]), /directory/);
  });

  it("an unknown --format", () => {
    expectOneLineError(runFlare(["parse", SAMPLE, "--format", "klingon"]), /klingon/);
  });

  it("a bad --session", () => {
    expectOneLineError(runFlare(["detect", SAMPLE, "--session", "window:-3"]), /window/);
  });

  it("an unknown command", () => {
    expect(runFlare(["explode"]).status).toBe(2);
  });

  it("an empty file gives no incidents", () => {
    const run = runFlare(["analyze", file("empty.log", ""), "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).incidents).toEqual([]);
  });

  it("binary garbage is skipped and counted", () => {
    const garbage = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256));
    const run = runFlare(["parse", file("garbage.bin", garbage), "--json", "--out", path.join(tmp, "g.csv")]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).skipped.binary).toBeGreaterThan(0);
  });

  it("a 10 MB single line does not hang or blow up", () => {
    const run = runFlare(["parse", file("long.log", "x".repeat(10 * 2 ** 20)), "--json", "--out", path.join(tmp, "l.csv")], {
      timeoutMs: 30_000,
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).skipped["too-long"]).toBe(1);
  });

  it("invalid UTF-8 is counted, the rest is parsed", () => {
    const latin1 = Buffer.from("081109 203519 143 INFO dfs.DataNode: caf\xe9 served\n", "latin1");
    const bytes = Buffer.concat([Buffer.from("081109 203518 143 INFO dfs.DataNode: ok line\n"), latin1]);
    const run = runFlare(["parse", file("utf8.log", bytes), "--json", "--out", path.join(tmp, "u.csv")]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).repairedLines).toBe(1);
  });

  it("CRLF endings parse like LF endings", () => {
    const lines = "081109 203518 143 INFO dfs.DataNode: Receiving block blk_1\n081109 203519 143 INFO dfs.DataNode: Receiving block blk_2\n";
    const lf = runFlare(["parse", file("lf.log", lines)]);
    const crlf = runFlare(["parse", file("crlf.log", lines.replace(/\n/g, "\r\n"))]);
    expect(crlf.status).toBe(0);
    expect(crlf.stdout).toEqual(lf.stdout);
    expect(crlf.stdout).not.toContain("\r");
  });

  it.each([
    ["parse", "a directory that does not exist", path.join(tmp, "no-such-dir", "out.csv")],
    ["parse", "a place that holds no files", "/proc/flare.csv"],
    ["detect", "a directory that does not exist", path.join(tmp, "no-such-dir", "out.csv")],
    ["detect", "a path that is a directory", tmp],
  ])("%s --out in %s", (command, _where, out) => {
    expectOneLineError(runFlare([command, SAMPLE, "--out", out]), /^flare: cannot write --out ".*": .*; pass a file in a directory that exists/);
  });

  it("parse --out naming the input file, which it would truncate before reading", () => {
    const input = file("self.log", readFileSync(SAMPLE));
    expectOneLineError(runFlare(["parse", input, "--out", input]), /--out ".*self\.log" is the input file/);
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE));
  });

  it("a bad setting in the environment", () => {
    expectOneLineError(runFlare(["parse", SAMPLE], { env: { FLARE_WORKERS: "sometimes" } }), /^flare: bad environment variable FLARE_WORKERS/);
  });

  it("a malformed DATABASE_URL does not concern commands that use no database", () => {
    for (const command of ["parse", "detect", "analyze"]) {
      expect(runFlare([command, SAMPLE], { env: { DATABASE_URL: "not a url" } }).status).toBe(0);
    }
    expectOneLineError(runFlare(["db", "migrate"], { env: { DATABASE_URL: "not a url" } }), /^flare: bad environment variable DATABASE_URL: must be a URL like postgresql:/);
  });

  it("an unknown format falls back to the generic reader", () => {
    const run = runFlare(["analyze", file("odd.log", "alpha beta 1\nalpha beta 2\ngamma 3\n"), "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).format).toBe("generic");
  });
});
