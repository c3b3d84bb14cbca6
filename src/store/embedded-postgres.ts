/**
 * Postgres with nothing installed: PGlite (Postgres compiled to wasm) served on a local socket,
 * so the same node-postgres adapter and SQL migrations work as with a real server.
 * Start-up measured here: about 1 s on an existing data directory, 3 s for a new one (initdb);
 * STACK.md saw up to 11 s with the other core busy.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDir } from "./data-dir-lock";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** Enough for the adapter's pool plus a migrator; the server runs one query at a time anyway. */
const MAX_CONNECTIONS = 20;

/** `dataDir` undefined keeps the database in memory (gone at stop); port 0 picks a free one. */
export async function startEmbeddedPostgres(dataDir: string | undefined, port = 0): Promise<EmbeddedPostgres> {
  let unlock = (): void => undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  try {
    const db = await PGlite.create(dataDir);
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: MAX_CONNECTIONS });
    await server.start();
    return {
      url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
      async stop() {
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
