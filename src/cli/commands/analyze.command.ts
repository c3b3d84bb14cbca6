import { Option } from "commander";
import type { CommandDefinition } from "../command-definition";
import { lazyAction } from "../command-definition";
import { FILE_ARGUMENT, formatOption, sessionOption } from "../input-options";

export const analyzeCommand: CommandDefinition = (command) =>
  command
    .argument(...FILE_ARGUMENT)
    .addOption(formatOption())
    .addOption(sessionOption())
    .addOption(
      new Option("--summarizer <name>", "who explains incidents (offline: deterministic rules, no LLM)")
        .choices(["offline"])
        .default("offline"),
    )
    .option("--json", "print incidents with their summaries as JSON")
    .action(lazyAction(async () => (await import("./analyze.action.js")).runAnalyze));
