/** The reading edge: files, `.gz` and standard input as line batches for the ingest stage. */
export { InflateLimitError, InputError } from "./input-error";
export { DEFAULT_INFLATE_LIMITS, type InflateLimits } from "./gunzip-if-compressed";
export { linesOfText, type SplitLines } from "./lines-of-text";
export { openLineSource, type LineSource, type LineSourceOptions } from "./open-line-source";
export { checkReadableFile, READ_CHUNK_BYTES } from "./open-byte-input";
