import type { Command } from "commander";
import type { FlareConfig } from "../config/config";

/** Gives a command (already named and described in main.ts) its arguments, options and action. */
export type CommandDefinition = (command: Command) => void;

type Run<Args extends unknown[]> = (config: FlareConfig, ...args: Args) => Promise<void>;

/**
 * A commander action whose code, and the settings it reads, load only when the command runs:
 * `--help` and mistakes in the options never load them. Commander passes the command's
 * arguments, then its options.
 */
export function lazyAction<Args extends unknown[]>(load: () => Promise<Run<Args>>): (...args: Args) => Promise<void> {
  return async (...args) => {
    const [run, { cliConfig }] = await Promise.all([load(), import("./cli-settings.js")]);
    await run(cliConfig(), ...args);
  };
}
