import type { SessionKeying } from "../domain/session";
import { UsageError } from "./cli-error";

const USAGE = "--session takes auto, block, window:SECONDS or regex:RE";

/** Reads `--session auto|block|window:SECONDS|regex:RE`. */
export function parseSessionOption(value: string): SessionKeying {
  if (value === "auto" || value === "block") {
    return { kind: value };
  }
  if (value.startsWith("window:")) {
    const seconds = Number(value.slice("window:".length));
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new UsageError(`${USAGE}; window needs a positive number of seconds, got "${value}"`);
    }
    return { kind: "window", seconds };
  }
  if (value.startsWith("regex:")) {
    const pattern = value.slice("regex:".length);
    try {
      new RegExp(pattern);
    } catch (error) {
      throw new UsageError(`--session regex is not a valid regular expression: ${(error as Error).message}`);
    }
    return { kind: "regex", pattern };
  }
  throw new UsageError(`${USAGE}, got "${value}"`);
}
