import type { CommandDefinition } from "../command-definition";
import { lazyAction } from "../command-definition";
import { FILE_ARGUMENT, formatOption } from "../input-options";

export const parseCommand: CommandDefinition = (command) =>
  command
    .argument(...FILE_ARGUMENT)
    .addOption(formatOption())
    .option("--out <path>", "CSV output file (default: standard output)")
    .option("--templates <path>", "also write the templates as CSV: EventId,EventTemplate,Occurrences")
    .option("--state <path>", "template snapshot: loaded before parsing when it exists, saved after")
    .option("--json", "print a JSON summary (format, lines, skipped lines by reason, templates)")
    .action(lazyAction(async () => (await import("./parse.action.js")).runParse));
