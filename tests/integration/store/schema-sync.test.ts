/**
 * schema.prisma, prisma/migrations and the history migrateDatabase records must agree with what
 * Prisma itself expects. Both checks use the wasm schema engine on in-memory PGlite and run as
 * their own processes on the built code (npm test builds first), because the engine's bindings
 * are an ES module that jest's CommonJS runtime cannot import.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_DIR } from "../../support/run-flare";

const DB_DIFF = path.join(REPO_DIR, "dist", "src", "store", "migrations", "db-diff.script.js");
const HISTORY_CHECK = path.join(REPO_DIR, "tests", "support", "prisma-history-check.js");

function runNode(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_DIR });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

type NodeRun = ReturnType<typeof runNode>;

describe("migrations against Prisma's schema engine", () => {
  // Both checks start at once: each spends most of its ~10 s booting PGlite.
  let diffRun: NodeRun;
  let historyRun: NodeRun;
  beforeAll(() => {
    expect(existsSync(DB_DIFF)).toBe(true);
    diffRun = runNode([DB_DIFF, "--check"]);
    historyRun = runNode([HISTORY_CHECK]);
  });

  it("schema.prisma and prisma/migrations agree (the diff from migrations to schema is empty)", async () => {
    const { code, stdout, stderr } = await diffRun;
    expect(stderr).toBe("");
    expect(stdout).toContain("agree");
    expect(code).toBe(0);
  });

  it("Prisma sees the history migrateDatabase records as fully applied, none edited or failed", async () => {
    const { code, stdout, stderr } = await historyRun;
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.appliedByFlare.length).toBeGreaterThan(0);
    expect(result.diagnosis).toMatchObject({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true });
    expect(result.appliedByPrisma).toEqual([]);
  });
});
