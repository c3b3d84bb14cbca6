import type { Command } from "commander";
import type { FlareConfig } from "../../config/config";
import { connectDatabase, disconnectDatabase } from "../../store";

/** Applies pending migrations (the same ones every start-up applies) and says which. */
async function runMigrate(config: FlareConfig): Promise<void> {
  try {
    const { applied } = await connectDatabase(config);
    const where = config.databaseUrl ? "DATABASE_URL" : `embedded Postgres in ${config.pgDataDir}`;
    const what = applied.length === 0 ? "already up to date" : `applied ${applied.join(", ")}`;
    process.stdout.write(`${where}: ${what}\n`);
  } finally {
    await disconnectDatabase();
  }
}

export function registerDbCommand(program: Command, config: FlareConfig): void {
  const db = program.command("db").description("manage Flare's incident database");
  db.command("migrate")
    // Created after main.ts set exitOverride on the top-level commands, so set it here too.
    .exitOverride()
    .description("apply pending migrations to DATABASE_URL, or to the embedded Postgres when it is unset")
    .action(() => runMigrate(config));
}
