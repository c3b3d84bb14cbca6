/**
 * What SQL would bring the migrations up to schema.prisma. The engine replays the migrations
 * into a shadow database; an in-memory PGlite serves as both its database and its shadow, so
 * no server is touched (STACK.md G4: adapter-pg would replay them onto the main database, G3).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readMigrationFiles, LOCKFILE_NAME, type MigrationFiles } from "./migration-files";
import { createSchemaEngine, NO_FILTERS, type DiffResult, type DiffTarget } from "./schema-engine";

export function migrationsTarget(files: MigrationFiles): DiffTarget {
  return {
    tag: "migrations",
    baseDir: files.dir,
    lockfile: { path: LOCKFILE_NAME, content: files.lockfile },
    migrationDirectories: files.migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
    })),
    shadowDbInitScript: "",
  };
}

/** exitCode 0 when they agree; 2 with the missing SQL in `stdout` otherwise. */
export async function diffMigrationsToSchema(schemaPath: string, migrationsDir: string): Promise<DiffResult> {
  const schemaText = readFileSync(schemaPath, "utf8");
  const db = await PGlite.create();
  try {
    const engine = await createSchemaEngine(schemaText, new PrismaPGlite(db));
    return await engine.diff({
      from: migrationsTarget(readMigrationFiles(migrationsDir)),
      to: { tag: "schemaDatamodel", files: [{ path: path.basename(schemaPath), content: schemaText }] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
  } finally {
    await db.close();
  }
}
