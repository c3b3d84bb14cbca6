/**
 * Applies prisma/migrations with plain SQL and Prisma's own `_prisma_migrations` bookkeeping,
 * so `prisma migrate deploy` later sees the same history. Not the wasm engine's applyMigrations:
 * it takes its schema from the session's search_path, which the embedded server shares between
 * all connections, and loading the engine costs a 20 MB wasm compile at every start-up. Here
 * each migration runs in one transaction with `SET LOCAL search_path`, under the advisory lock
 * key `prisma migrate` takes, so concurrent migrators (ours or Prisma's) wait for each other.
 */
import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { parseDatabaseUrl, quoteIdent } from "../database-url";
import { readMigrationFiles, type MigrationFile, type MigrationFiles } from "./migration-files";

const PRISMA_MIGRATE_LOCK_KEY = 72707369;

// The table Prisma creates; columns and types as `prisma migrate` expects them.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Prisma's checksum: sha256 of the migration file, hex. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

async function applyOne(client: pg.Client, schema: string, migration: MigrationFile): Promise<boolean> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}`);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const done = await client.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [migration.name],
    );
    if (done.rowCount === 0) {
      await client.query(migration.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migrationChecksum(migration.sql), migration.name],
      );
    }
    await client.query("COMMIT");
    return done.rowCount === 0;
  } catch (error) {
    await client.query("ROLLBACK");
    throw new Error(`migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
  }
}

/** Brings the database (and the URL's `?schema=`) up to date; returns the names it applied. */
export async function migrateDatabase(url: string, files: MigrationFiles = readMigrationFiles()): Promise<string[]> {
  const { connectionString, schema } = parseDatabaseUrl(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const applied: string[] = [];
    for (const migration of files.migrations) {
      if (await applyOne(client, schema, migration)) {
        applied.push(migration.name);
      }
    }
    return applied;
  } finally {
    await client.end();
  }
}
