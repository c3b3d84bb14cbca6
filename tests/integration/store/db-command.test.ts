import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runFlareAsync as runFlare } from "../../support/run-flare-async";
import { dropTestSchema, testSchemaUrl } from "../../support/test-database";

describe("flare db migrate", () => {
  const { url } = testSchemaUrl("cli");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "flare-db-"));
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await dropTestSchema(url);
  });

  it("applies pending migrations to DATABASE_URL once, then reports it up to date", async () => {
    const first = await runFlare(["db", "migrate"], { DATABASE_URL: url });
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/^DATABASE_URL: applied \d{14}_init/);
    expect(first.status).toBe(0);

    const second = await runFlare(["db", "migrate"], { DATABASE_URL: url });
    expect(second.stdout).toBe("DATABASE_URL: already up to date\n");
    expect(second.status).toBe(0);
  });

  it("without DATABASE_URL, migrates an embedded Postgres whose data persists in FLARE_PGDATA", async () => {
    const env = { DATABASE_URL: "", FLARE_PGDATA: path.join(tmp, "pgdata") };
    const first = await runFlare(["db", "migrate"], env);
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/^embedded Postgres in .*pgdata: applied \d{14}_init/);
    expect((await runFlare(["db", "migrate"], env)).stdout).toMatch(/already up to date/);
  });

  it("refuses a data directory another live process holds", async () => {
    const dataDir = path.join(tmp, "busy");
    writeFileSync(`${dataDir}.lock`, String(process.pid));
    const run = await runFlare(["db", "migrate"], { DATABASE_URL: "", FLARE_PGDATA: dataDir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`is in use by process ${process.pid}`);
  });

  it("fails with a one-line reason for a malformed DATABASE_URL", async () => {
    const run = await runFlare(["db", "migrate"], { DATABASE_URL: "not a url" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/DATABASE_URL/);
  });
});
