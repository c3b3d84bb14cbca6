/**
 * The process's one database connection: the configured server, or the embedded Postgres when
 * DATABASE_URL is unset; migrated before first use, so callers never see an old schema.
 */
import type { DatabaseConfig } from "../config/config";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { migrateDatabase } from "./migrations/apply-migrations";
import { createPrismaClient, type StoreClient } from "./prisma-client";

export interface Database {
  url: string;
  prisma: StoreClient;
  /** Migrations this start-up applied (empty when the database was current). */
  applied: string[];
}

interface OpenDatabase extends Database {
  embedded?: EmbeddedPostgres;
}

let current: Promise<OpenDatabase> | undefined;

/** DATABASE_URL names a server Flare cannot use: down, unknown, or refusing the login or database. */
export class DatabaseUnreachableError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = "DatabaseUnreachableError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** node-postgres's socket and DNS failures: nothing answers at the URL's address. */
const NO_SERVER_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "ECONNRESET"]);

/** The user's mistake behind a failed first connection, if it was one; never shows the URL (it may hold a password). */
function unusableServer(url: string, error: unknown): DatabaseUnreachableError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") {
    return undefined;
  }
  const { hostname, port } = new URL(url);
  const where = `${hostname}:${port || "5432"}`;
  if (NO_SERVER_CODES.has(code)) {
    const hint = "DATABASE_URL should name a running Postgres server (or leave it unset for the embedded one)";
    return new DatabaseUnreachableError(`cannot reach Postgres at ${where} (${code}); ${hint}`, { cause: error });
  }
  // SQLSTATE class 28 is a refused login; 3D000 a database that does not exist.
  if (code.startsWith("28") || code === "3D000") {
    const reason = (error as Error).message;
    return new DatabaseUnreachableError(`Postgres at ${where} refused the connection: ${reason}; check DATABASE_URL`, { cause: error });
  }
  return undefined;
}

async function open(config: DatabaseConfig): Promise<OpenDatabase> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.pgDataDir);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const applied = await migrateDatabase(url);
    return { url, prisma: createPrismaClient(url), applied, embedded };
  } catch (error) {
    await embedded?.stop();
    throw (config.databaseUrl && unusableServer(url, error)) || error;
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
