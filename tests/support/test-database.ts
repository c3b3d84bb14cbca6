/**
 * A private, migrated schema per test suite on the run's database (the machine's Postgres when
 * DATABASE_URL is set, else the embedded one from db-global-setup). Only schemas named
 * `flare_test_*` are ever dropped, so the user's own tables are never touched.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { parseDatabaseUrl, quoteIdent, withSchema } from "../../src/store/database-url";
import { migrateDatabase } from "../../src/store/migrations/apply-migrations";
import { createPrismaClient, type StoreClient } from "../../src/store/prisma-client";
import { TEST_DATABASE_URL_VAR } from "./db-global-setup";

export interface TestDatabase {
  url: string;
  schema: string;
  prisma: StoreClient;
  /** Disconnects and drops the schema. */
  drop(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env[TEST_DATABASE_URL_VAR];
  if (!url) {
    throw new Error(`${TEST_DATABASE_URL_VAR} is unset: run the tests through jest, whose globalSetup sets it`);
  }
  return url;
}

/** A fresh schema name under the test prefix: `label` says which suite, the rest keeps it unique. */
export function testSchemaUrl(label: string): { url: string; schema: string } {
  const schema = `flare_test_${label}_${randomBytes(4).toString("hex")}`;
  return { url: withSchema(testDatabaseUrl(), schema), schema };
}

export async function dropTestSchema(url: string): Promise<void> {
  const { connectionString, schema } = parseDatabaseUrl(url);
  if (!schema.startsWith("flare_test_")) {
    throw new Error(`refusing to drop schema ${schema}: only flare_test_* schemas are test data`);
  }
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

export async function openTestDatabase(label: string): Promise<TestDatabase> {
  const { url, schema } = testSchemaUrl(label);
  await migrateDatabase(url);
  const prisma = createPrismaClient(url);
  return {
    url,
    schema,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await dropTestSchema(url);
    },
  };
}
