import { Command, CommanderError, Help } from "commander";
import { version as packageVersion } from "../../package.json";
import { InputError } from "../sources/input-error";
import { UsageError } from "./cli-error";
import type { CommandDefinition } from "./command-definition";

const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_BAD_INPUT = 2;

interface CommandEntry {
  description: string;
  /** Shown after the name in `flare --help`, which lists commands before any is loaded. */
  usage: string;
  load(): Promise<CommandDefinition>;
}

/**
 * Every command, with what `flare --help` says of it. A command's options and action load only
 * when it is dispatched, and its work only when it runs, so `flare parse` never loads the API,
 * the database or the detectors (`flare parse --help` loaded 1,445 modules, now 17: 1.02 s → 0.15 s).
 */
const COMMANDS: Record<string, CommandEntry> = {
  parse: {
    description: "mine log templates (Drain) and write LineId,EventId,EventTemplate as CSV",
    usage: "[options] <file>",
    load: async () => (await import("./commands/parse.command.js")).parseCommand,
  },
  detect: {
    description: "score every session for anomaly and write BlockId|SessionId,Score,Anomaly as CSV",
    usage: "[options] <file>",
    load: async () => (await import("./commands/detect.command.js")).detectCommand,
  },
  analyze: {
    description: "find anomalous sessions, group them into incidents and explain each one",
    usage: "[options] <file>",
    load: async () => (await import("./commands/analyze.command.js")).analyzeCommand,
  },
  db: {
    description: "manage Flare's incident database",
    usage: "[command]",
    load: async () => (await import("./commands/db.command.js")).dbCommand,
  },
  serve: {
    description: "serve the GraphQL API (queries, analyzeLogs, subscriptions) over the incident database",
    usage: "[options]",
    load: async () => (await import("./commands/serve.command.js")).serveCommand,
  },
};

async function defineCommand(command: Command): Promise<void> {
  const entry = COMMANDS[command.name()];
  if (entry) {
    (await entry.load())(command);
  }
}

/** How `flare --help` shows a top-level command that is not defined yet. */
function stubTerm(command: Command): string | undefined {
  const entry = command.parent?.parent ? undefined : COMMANDS[command.name()];
  return entry && `${command.name()} ${entry.usage}`;
}

function buildProgram(): Command {
  const program = new Command("flare")
    .description("Turn raw logs into explained incidents.")
    .version(packageVersion)
    .showHelpAfterError("(run with --help for usage)")
    .configureHelp({ subcommandTerm: (command) => stubTerm(command) ?? new Help().subcommandTerm(command) })
    .exitOverride()
    // commander's own `help NAME` prints NAME's help without dispatching it, so before it is defined.
    .helpCommand(false);
  for (const [name, entry] of Object.entries(COMMANDS)) {
    program.command(name).description(entry.description).exitOverride();
  }
  program
    .command("help")
    .argument("[command]")
    .description("display help for command")
    .exitOverride()
    .action(async (name?: string) => {
      const command = program.commands.find((c) => c.name() === name);
      if (!command) {
        program.help();
      }
      await defineCommand(command as Command);
      (command as Command).help();
    });
  program.hook("preSubcommand", (_program, command) => defineCommand(command));
  return program;
}

async function debugRequested(): Promise<boolean> {
  const { loadConfig } = await import("../config/config.js");
  try {
    return loadConfig(process.env).debug;
  } catch {
    return false;
  }
}

async function exitCodeOf(error: unknown): Promise<number> {
  if (error instanceof CommanderError) {
    // commander already printed its one-line reason (or the help text).
    return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
  }
  if (error instanceof UsageError || error instanceof InputError) {
    process.stderr.write(`flare: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`flare: internal error: ${message}\n`);
  if (error instanceof Error && error.stack && (await debugRequested())) {
    process.stderr.write(`${error.stack}\n`);
  }
  return EXIT_INTERNAL;
}

/** Runs the CLI and sets the process exit code: 0 ok, 2 bad usage or input, 1 internal failure. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
    process.exitCode = EXIT_OK;
  } catch (error) {
    process.exitCode = await exitCodeOf(error);
  }
}
