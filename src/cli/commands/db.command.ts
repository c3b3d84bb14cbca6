import type { CommandDefinition } from "../command-definition";
import { lazyAction } from "../command-definition";

export const dbCommand: CommandDefinition = (command) => {
  command
    .command("migrate")
    // Created after main.ts set exitOverride on the top-level commands, so set it here too.
    .exitOverride()
    .description("apply pending migrations to DATABASE_URL, or to the embedded Postgres when it is unset")
    .action(lazyAction(async () => (await import("./db.action.js")).runMigrate));
};
