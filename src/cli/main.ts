import { Command, CommanderError } from "commander";
import { version as packageVersion } from "../../package.json";
import { loadConfig, type FlareConfig } from "../config/config";
import { InputError } from "../sources";
import { UsageError } from "./cli-error";
import { registerAnalyzeCommand } from "./commands/analyze.command";
import { registerDbCommand } from "./commands/db.command";
import { registerDetectCommand } from "./commands/detect.command";
import { registerParseCommand } from "./commands/parse.command";
import { registerServeCommand } from "./commands/serve.command";

const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_BAD_INPUT = 2;

function buildProgram(config: FlareConfig): Command {
  const program = new Command("flare")
    .description("Turn raw logs into explained incidents.")
    .version(packageVersion)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerParseCommand(program, config);
  registerDetectCommand(program, config);
  registerAnalyzeCommand(program, config);
  registerDbCommand(program, config);
  registerServeCommand(program, config);
  for (const command of program.commands) {
    command.exitOverride();
  }
  return program;
}

function exitCodeOf(error: unknown, debug: boolean): number {
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
  if (debug && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  }
  return EXIT_INTERNAL;
}

/** Runs the CLI and sets the process exit code: 0 ok, 2 bad usage or input, 1 internal failure. */
export async function main(argv: string[]): Promise<void> {
  let debug = false;
  try {
    const config = loadConfig(process.env);
    debug = config.debug;
    await buildProgram(config).parseAsync(argv);
    process.exitCode = EXIT_OK;
  } catch (error) {
    process.exitCode = exitCodeOf(error, debug);
  }
}
