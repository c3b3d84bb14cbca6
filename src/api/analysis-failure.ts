/**
 * What the submitter of a failed analysis is told. Their own mistakes (input that cannot be read
 * or decompressed, arguments that fail validation) come back with what to change. Anything else
 * is internal: its message and stack go only to the server log, and the submitter gets the code,
 * a fixed message and the batch id to quote.
 */
import type { BatchFailure } from "../domain/stored-batch";
import { InputError } from "../sources";
import { BadUserInputError, InternalError } from "./errors";

export function batchFailureOf(error: unknown, batchId: string, hiddenPath?: string): BatchFailure {
  if (error instanceof InputError || error instanceof BadUserInputError) {
    return { code: "BAD_USER_INPUT", message: hidePath(error.message, hiddenPath) };
  }
  return { code: "INTERNAL_SERVER_ERROR", message: `analysis failed because of an internal error; the server log has the details (batch ${batchId})` };
}

/** The error the API answers a failed analysis with, carrying exactly what the batch stores. */
export function errorOfFailure(failure: BatchFailure): BadUserInputError | InternalError {
  return failure.code === "BAD_USER_INPUT" ? new BadUserInputError(failure.message) : new InternalError(failure.message);
}

/** Input errors name the file they read; a server-side temporary file is "the upload" to its sender. */
function hidePath(message: string, path: string | undefined): string {
  return path ? message.replaceAll(`"${path}"`, "the upload").replaceAll(path, "the upload") : message;
}
