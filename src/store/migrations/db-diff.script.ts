/**
 * `npm run db:diff -- <name>` writes prisma/migrations/<timestamp>_<name>/migration.sql with
 * whatever schema.prisma adds to the migrations; `npm run db:check` exits 1 while they differ.
 * Offline stand-in for `prisma migrate dev --create-only`, which needs the native engine.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffMigrationsToSchema } from "./diff-migrations";
import { findMigrationsDir, LOCKFILE_CONTENT, LOCKFILE_NAME } from "./migration-files";

function timestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function run(arg: string | undefined): Promise<number> {
  if (!arg || !/^(--check|[a-z0-9_]+)$/.test(arg)) {
    process.stderr.write("usage: db-diff (--check | <migration_name in snake_case>)\n");
    return 2;
  }
  const migrationsDir = findMigrationsDir();
  const schemaPath = path.join(path.dirname(migrationsDir), "schema.prisma");
  const diff = await diffMigrationsToSchema(schemaPath, migrationsDir);
  if (diff.exitCode === 0) {
    process.stdout.write("schema.prisma and prisma/migrations agree\n");
    return 0;
  }
  if (arg === "--check") {
    process.stderr.write(`schema.prisma has changes no migration holds; run npm run db:diff -- <name>:\n${diff.stdout}\n`);
    return 1;
  }
  const dir = path.join(migrationsDir, `${timestamp(new Date())}_${arg}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
  writeFileSync(path.join(migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT);
  process.stdout.write(`wrote ${path.relative(process.cwd(), dir)}/migration.sql\n`);
  return 0;
}

run(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`db-diff: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
