/**
 * Errors that reach Express instead of Apollo (an unreadable body, mostly) answered as GraphQL
 * errors in JSON: Express's own handler would send an HTML page with the stack and file paths.
 */
import type { ErrorRequestHandler } from "express";
import { ErrorCode } from "./errors";

/** The `type` body-parser gives each failure, and what to tell the client about it. */
const BODY_PROBLEMS: Record<string, string> = {
  "entity.parse.failed": "the request body is not valid JSON; send {\"query\": \"…\", \"variables\": {…}}",
  "encoding.unsupported": "the request body's Content-Encoding is not supported; send it uncompressed or gzip",
  "charset.unsupported": "the request body's charset is not supported; send UTF-8",
  "request.aborted": "the request body was cut off before its end",
  "request.size.invalid": "the request body is shorter or longer than its Content-Length",
};

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export function bodyErrorHandler(bodyLimitBytes: number, logInternal: (error: unknown) => void): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = String((error as { type?: unknown }).type ?? "");
    if (type === "entity.too.large") {
      res.status(413).json(errorBody(`request body over ${bodyLimitBytes} bytes; send large logs to POST /upload`, ErrorCode.PAYLOAD_TOO_LARGE));
    } else if (type in BODY_PROBLEMS) {
      res.status(400).json(errorBody(BODY_PROBLEMS[type], "BAD_REQUEST"));
    } else {
      logInternal(error);
      res.status(500).json(errorBody("internal error; the server log has the details", ErrorCode.INTERNAL_SERVER_ERROR));
    }
  };
}
