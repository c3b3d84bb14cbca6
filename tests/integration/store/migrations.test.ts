import pg from "pg";
import { parseDatabaseUrl } from "../../../src/store/database-url";
import { migrateDatabase, migrationChecksum } from "../../../src/store/migrations/apply-migrations";
import { readMigrationFiles } from "../../../src/store/migrations/migration-files";
import { dropTestSchema, testSchemaUrl } from "../../support/test-database";

const TABLES = ["ExperimentRun", "Incident", "LogBatch", "ModelVersion", "QualityScore", "Summary", "_prisma_migrations"];

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: parseDatabaseUrl(url).connectionString });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("migrateDatabase", () => {
  const { url, schema } = testSchemaUrl("migrations");
  const files = readMigrationFiles();

  afterAll(() => dropTestSchema(url));

  it("creates every table in an empty schema and records each migration as Prisma does", async () => {
    expect(await migrateDatabase(url, files)).toEqual(files.migrations.map((m) => m.name));

    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name",
      [schema],
    );
    expect(tables.map((t) => t.table_name)).toEqual(TABLES);
    const history = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, finished_at FROM "${schema}"."_prisma_migrations" ORDER BY migration_name`,
    );
    expect(history.map((h) => [h.migration_name, h.checksum])).toEqual(files.migrations.map((m) => [m.name, migrationChecksum(m.sql)]));
    expect(history.every((h) => h.finished_at !== null)).toBe(true);
  });

  it("is idempotent: a second run applies nothing and changes no history", async () => {
    expect(await migrateDatabase(url, files)).toEqual([]);
    const rows = await query(url, `SELECT 1 FROM "${schema}"."_prisma_migrations"`);
    expect(rows).toHaveLength(files.migrations.length);
  });

  it("rolls back a failing migration completely and leaves it unrecorded", async () => {
    const broken = { ...files, migrations: [...files.migrations, { name: "29990101000000_broken", sql: 'CREATE TABLE "Half" (x int); SELECT 1/0;' }] };
    await expect(migrateDatabase(url, broken)).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    const half = await query(url, "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'Half'", [schema]);
    expect(half).toHaveLength(0);
    expect(await migrateDatabase(url, files)).toEqual([]);
  });
});

describe("the migration that adds error codes", () => {
  const { url, schema } = testSchemaUrl("error_codes");
  const files = readMigrationFiles();
  const index = files.migrations.findIndex((m) => m.name.endsWith("_batch_error_code_and_skips"));

  afterAll(() => dropTestSchema(url));

  it("hides reasons stored before it, which may be raw internal errors, behind INTERNAL_SERVER_ERROR", async () => {
    await migrateDatabase(url, { ...files, migrations: files.migrations.slice(0, index) });
    const insert = `INSERT INTO "${schema}"."LogBatch" (id, source, "contentHash", status, error, "updatedAt") VALUES ($1, 's', $1, $2, $3, now())`;
    await query(url, insert, ["failed-before", "FAILED", 'relation "flare_test_x.Summary" does not exist']);
    await query(url, insert, ["completed-before", "COMPLETED", null]);
    await migrateDatabase(url, files);

    const rows = await query<{ id: string; error: string | null; errorCode: string | null; skippedByReason: unknown }>(
      url,
      `SELECT id, error, "errorCode", "skippedByReason" FROM "${schema}"."LogBatch" ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: "completed-before", error: null, errorCode: null, skippedByReason: {} },
      {
        id: "failed-before",
        error: "analysis failed before failure reasons were classified; send the log again to analyze it afresh (batch failed-before)",
        errorCode: "INTERNAL_SERVER_ERROR",
        skippedByReason: {},
      },
    ]);
    await expect(query(url, `UPDATE "${schema}"."LogBatch" SET "errorCode" = NULL WHERE id = 'failed-before'`)).rejects.toThrow(/LogBatch_error_with_code/);
  });
});
