/**
 * The process's one database connection: the configured server, or the embedded Postgres when
 * DATABASE_URL is unset; migrated before first use, so callers never see an old schema.
 */
import type { FlareConfig } from "../config/config";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { migrateDatabase } from "./migrations/apply-migrations";
import { createPrismaClient, type StoreClient } from "./prisma-client";

export interface Database {
  url: string;
  prisma: StoreClient;
  /** Migrations this start-up applied (empty when the database was current). */
  applied: string[];
}

type DatabaseConfig = Pick<FlareConfig, "databaseUrl" | "pgDataDir">;

interface OpenDatabase extends Database {
  embedded?: EmbeddedPostgres;
}

let current: Promise<OpenDatabase> | undefined;

async function open(config: DatabaseConfig): Promise<OpenDatabase> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.pgDataDir);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const applied = await migrateDatabase(url);
    return { url, prisma: createPrismaClient(url), applied, embedded };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Connects (and migrates) once per process; later calls share the same client. */
export function connectDatabase(config: DatabaseConfig): Promise<Database> {
  current ??= open(config);
  return current;
}

/** Closes the client and, if Flare started one, the embedded server. */
export async function disconnectDatabase(): Promise<void> {
  const closing = current;
  current = undefined;
  const db = await closing?.catch(() => undefined);
  await db?.prisma.$disconnect();
  await db?.embedded?.stop();
}
