/** Options that every command reading a log shares. */
import { Option } from "commander";
import { FORMAT_NAMES } from "../pipeline/ingest/log-format";

export function formatOption(): Option {
  return new Option("--format <name>", "log format").choices(["auto", ...FORMAT_NAMES]).default("auto");
}

export function sessionOption(): Option {
  return new Option("--session <keying>", "how lines form sessions: auto, block, window:SECONDS or regex:RE").default("auto");
}

export const FILE_ARGUMENT = ["<file>", "log file (plain or gzip), or - for standard input"] as const;
