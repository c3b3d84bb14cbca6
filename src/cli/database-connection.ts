/** The database as the CLI opens it: the user's mistakes in its settings become one line, exit 2. */
import type { DatabaseConfig } from "../config/config";
import { DataDirInUseError } from "../store/data-dir-lock";
import { connectDatabase, DatabaseUnreachableError, type Database } from "../store/database";
import { UsageError } from "./cli-error";

export async function connectCliDatabase(config: DatabaseConfig): Promise<Database> {
  try {
    return await connectDatabase(config);
  } catch (error) {
    if (error instanceof DataDirInUseError || error instanceof DatabaseUnreachableError) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}
