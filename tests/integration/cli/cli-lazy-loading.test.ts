/**
 * The CLI loads what the command it runs needs: `flare parse` starts without the API, the
 * database or the detectors (loading them all took most of its start-up).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { FLARE_BIN, flareChildEnv, REPO_DIR } from "../../support/run-flare";

const SAMPLE = path.join(REPO_DIR, "examples", "hdfs-sample.log");
const MARKER = "loaded modules: ";

/** The packages that `flare ARGS` loaded files of, read from require.cache as it exits. */
function packagesLoadedBy(args: string[]): Set<string> {
  const script = `
    process.on("exit", () => process.stderr.write(${JSON.stringify(MARKER)} + JSON.stringify(Object.keys(require.cache)) + "\\n"));
    process.argv = [process.execPath, ${JSON.stringify(FLARE_BIN)}, ...${JSON.stringify(args)}];
    require(${JSON.stringify(FLARE_BIN)});`;
  const run = spawnSync(process.execPath, ["-e", script], { env: flareChildEnv(), encoding: "utf8", timeout: 60_000 });
  const report = run.stderr.split("\n").find((line) => line.startsWith(MARKER));
  if (run.status !== 0 || !report) {
    throw new Error(`flare ${args.join(" ")} failed (${run.status}): ${run.stderr}`);
  }
  const files: string[] = JSON.parse(report.slice(MARKER.length));
  return new Set(files.map((file) => file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1]).filter((name) => name !== undefined));
}

const HEAVY = ["@apollo/server", "type-graphql", "graphql", "@prisma/client", "@electric-sql/pglite", "pg", "libsvm-js", "ml-matrix", "ml-pca", "@anthropic-ai/sdk"];

describe("flare parse loads no API, database, LLM or detector code", () => {
  it.each([[["parse", "--help"]], [["parse", SAMPLE, "--out", "/dev/null"]]])("%p", (args) => {
    const loaded = packagesLoadedBy(args);
    expect(loaded.size).toBeGreaterThan(0);
    expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
  });
});
