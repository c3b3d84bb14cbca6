/** Reads prisma/migrations in Prisma's layout: `<timestamp>_<name>/migration.sql` + the lock file. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface MigrationFile {
  /** The directory name, e.g. `20261125094500_init`; Prisma records it as migration_name. */
  name: string;
  sql: string;
}

export interface MigrationFiles {
  dir: string;
  lockfile: string;
  migrations: MigrationFile[];
}

export const LOCKFILE_NAME = "migration_lock.toml";
export const LOCKFILE_CONTENT = '# Written by flare db:diff; Prisma reads it too.\nprovider = "postgresql"\n';

/**
 * The folder is found by walking up from this file because the code runs both from src/
 * (jest) and from dist/src/ (the built CLI), which sit at different depths.
 */
export function findMigrationsDir(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "prisma", "migrations");
    if (existsSync(candidate)) {
      return candidate;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`no prisma/migrations folder above ${from}`);
    }
  }
}

/** Migrations in the order Prisma applies them: directory names sort by their timestamp. */
export function readMigrationFiles(dir: string = findMigrationsDir()): MigrationFiles {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
  const lockPath = path.join(dir, LOCKFILE_NAME);
  return {
    dir,
    lockfile: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : LOCKFILE_CONTENT,
    migrations: names.map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") })),
  };
}
