/**
 * Inputs refused outright instead of being stored as a FAILED batch: nothing in them to analyze,
 * or a gzip that inflates past its limits (a decompression bomb). Their claimed batch is removed.
 */
import { BATCH_SKIP_REASONS, type BatchSkipCounts, type BatchSkipReason } from "../domain/stored-batch";
import { InflateLimitError } from "../sources";
import { BadUserInputError, PayloadTooLargeError } from "./errors";

/** Every line was left out (blank, binary, over the length limit, without a header), or there were none. */
export class NothingToAnalyzeError extends BadUserInputError {
  constructor(skipped: BatchSkipCounts) {
    const reasons = (Object.entries(skipped) as [BatchSkipReason, number][]).map(([reason, n]) => `${n} ${BATCH_SKIP_REASONS[reason]}`);
    const left = reasons.length > 0 ? `every line was left out (${reasons.join(", ")})` : "it has no lines";
    super(`nothing to analyze: ${left}; send log lines as text, one entry per line`);
  }
}

/** The error to answer with when `error` refuses the input; undefined for any other failure. */
export function refusalOf(error: unknown, hiddenPath?: string): NothingToAnalyzeError | PayloadTooLargeError | undefined {
  if (error instanceof NothingToAnalyzeError) {
    return error;
  }
  if (error instanceof InflateLimitError) {
    const message = hiddenPath ? error.message.replaceAll(`"${hiddenPath}"`, "the upload") : error.message;
    return new PayloadTooLargeError(0, message);
  }
  return undefined;
}
