/** Typed GraphQL errors: every error a user can cause carries a code and says what to do. */
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { StoreError } from "../store";
import { MAX_QUERY_TOKENS } from "./query-limit-values";

export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  CONFLICT = "CONFLICT",
  PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** Apollo answers with the status an error's `extensions.http` sets (500 when none does). */
const CLIENT_MISTAKE = { http: { status: 400 } };

abstract class CodedError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export class BadUserInputError extends CodedError {
  constructor(message: string) {
    super(message, ErrorCode.BAD_USER_INPUT, CLIENT_MISTAKE);
  }
}

/** An operation over one of the limits in query-limits.ts; the message names the limit. */
export class QueryTooComplexError extends CodedError {
  constructor(message: string) {
    super(message, ErrorCode.QUERY_TOO_COMPLEX, CLIENT_MISTAKE);
  }
}

/**
 * An internal failure already written to the server log where it was caught: its message is
 * safe to show (no detail, only what to quote when asking an operator) and goes out as it is.
 */
export class InternalError extends CodedError {
  constructor(message: string) {
    super(message, ErrorCode.INTERNAL_SERVER_ERROR);
  }
}

export class PayloadTooLargeError extends CodedError {
  /** `message` says why when the limit is not the inline text's (an upload's size, its inflated size). */
  constructor(limitBytes: number, message = `the log text is larger than ${limitBytes} bytes; send it to POST /upload instead`) {
    super(message, ErrorCode.PAYLOAD_TOO_LARGE);
  }
}

const CLIENT_CODES = new Set<string>([...Object.values(ErrorCode), "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST"]);

// graphql-js's parse stops at `maxTokens` with this message (16.x spells it "more that") and no code of its own.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens\. Parsing aborted\.$/;
const tooManyTokens = `query is longer than ${MAX_QUERY_TOKENS} tokens; ask for fewer fields or use fewer aliases`;

/**
 * What the client sees: the message and code of errors it caused (store errors included: a
 * missing id is NOT_FOUND) and of InternalErrors (logged already); for anything else a generic
 * message, with the real one logged by `logInternal`. Never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logInternal: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof StoreError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code } };
  }
  if (original instanceof InternalError) {
    return { message: original.message, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
  // Apollo reports a limit broken in validation with its own validation code.
  if (error instanceof GraphQLError && error.originalError instanceof QueryTooComplexError) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  const code = String(formatted.extensions?.code ?? "");
  if (code === "GRAPHQL_PARSE_FAILED" && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
    return { message: tooManyTokens, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  if (CLIENT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logInternal(original);
  return { message: "internal error; the server log has the details", path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** The same for results sent over graphql-ws, which has no formatError of its own. */
export function formatExecutionResult(result: ExecutionResult, logInternal: (error: unknown) => void): FormattedExecutionResult {
  const errors = result.errors?.map((error) => formatError(error.toJSON(), error, logInternal));
  return { data: result.data, extensions: result.extensions, ...(errors ? { errors } : {}) };
}
