/** The environment's settings as the CLI reads them: a bad value is the user's to fix (exit 2). */
import { ConfigError, loadConfig, loadDatabaseConfig, type DatabaseConfig, type FlareConfig } from "../config/config";
import { UsageError } from "./cli-error";

function asUsageError<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    throw error instanceof ConfigError ? new UsageError(error.message) : error;
  }
}

export function cliConfig(): FlareConfig {
  return asUsageError(() => loadConfig(process.env));
}

/** Only the commands that open the database read its settings. */
export function cliDatabaseConfig(): DatabaseConfig {
  return asUsageError(() => loadDatabaseConfig(process.env));
}
