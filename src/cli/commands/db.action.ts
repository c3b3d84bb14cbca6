import { disconnectDatabase } from "../../store/database";
import { cliDatabaseConfig } from "../cli-settings";
import { connectCliDatabase } from "../database-connection";

/** Applies pending migrations (the same ones every start-up applies) and says which. */
export async function runMigrate(): Promise<void> {
  const config = cliDatabaseConfig();
  try {
    const { applied } = await connectCliDatabase(config);
    const where = config.databaseUrl ? "DATABASE_URL" : `embedded Postgres in ${config.pgDataDir}`;
    const what = applied.length === 0 ? "already up to date" : `applied ${applied.join(", ")}`;
    process.stdout.write(`${where}: ${what}\n`);
  } finally {
    await disconnectDatabase();
  }
}
