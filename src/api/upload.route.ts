/**
 * POST /upload?source=NAME&format=auto&summarize=true — the way in for logs too large for a GraphQL argument.
 * The body (plain or gzip) streams to a temporary file while it is hashed and measured, so
 * memory stays bounded; then it is analyzed and stored exactly like analyzeLogs.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Request, RequestHandler, Response } from "express";
import type { GraphQLError } from "graphql";
import { z } from "zod";
import { FORMAT_NAMES, type FormatName } from "../pipeline/ingest";
import { openLineSource } from "../sources";
import { analyzeAndStore } from "./analyze-logs.service";
import type { ApiContext } from "./context.type";
import { BadUserInputError, ErrorCode, InternalError, PayloadTooLargeError } from "./errors";
import { toLogBatch } from "./graphql-mappers";
import { createUploadDir } from "./upload-temp-dir";
import { validateInput } from "./validate-input";

export const MAX_UPLOAD_BYTES = 2 * 2 ** 30;

/**
 * A body that sends nothing for this long is given up on. The whole body may take up to the
 * server's requestTimeout (2 h): 2 GiB over a slow link takes that long, but never stalls a minute.
 */
const UPLOAD_IDLE_TIMEOUT_MS = 60_000;

const uploadQuerySchema = z.object({
  source: z.string().trim().min(1).max(200, "source is at most 200 characters").default("upload"),
  format: z.enum(["auto", ...FORMAT_NAMES] as [string, ...string[]], { message: `format must be auto or one of ${FORMAT_NAMES.join(", ")}` }).default("auto"),
  summarize: z
    .enum(["true", "false"], { message: "summarize must be true or false" })
    .default("true")
    .transform((value) => value === "true"),
});

/** Counts and hashes the bytes going through; fails once they pass the limit. */
function measuring(limit: number): Transform & { bytes: number; digest(): string } {
  const hash = createHash("sha256");
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      meter.bytes += chunk.length;
      hash.update(chunk);
      done(meter.bytes > limit ? new PayloadTooLargeError(limit, `the upload is larger than ${limit} bytes, the limit; split the log into smaller files`) : null, chunk);
    },
  }) as Transform & { bytes: number; digest(): string };
  meter.bytes = 0;
  meter.digest = () => hash.digest("hex");
  return meter;
}

type Services = Pick<ApiContext, "prisma" | "metrics" | "pubSub" | "logger">;

/** HTTP status of the API's own coded errors; the analysis service turns each analysis failure into one. */
function statusOf(error: unknown): number | undefined {
  if (error instanceof BadUserInputError) {
    return 400;
  }
  if (error instanceof PayloadTooLargeError) {
    return 413;
  }
  // Logged where it was caught, with a message that is safe to send.
  if (error instanceof InternalError) {
    return 500;
  }
  return undefined;
}

/** Coded errors go out with their code and message; anything else (a broken connection, a full disk) is logged and answered generically. */
function sendError(res: Response, error: unknown, logger: Services["logger"]): void {
  const status = statusOf(error);
  if (status !== undefined) {
    const { message, extensions } = error as GraphQLError;
    res.status(status).json({ error: { code: extensions.code, message } });
    return;
  }
  logger.error({ err: error }, "upload failed");
  res.status(500).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "internal error; the server log has the details" } });
}

async function receive(req: Request, file: string, limit: number): Promise<{ contentHash: string; byteCount: number }> {
  const meter = measuring(limit);
  req.setTimeout(UPLOAD_IDLE_TIMEOUT_MS);
  await pipeline(req, meter, createWriteStream(file));
  // Analysis may take minutes with nothing on the wire; the answer must still reach the client.
  req.setTimeout(0);
  if (meter.bytes === 0) {
    throw new BadUserInputError("the upload is empty; send the log file as the request body");
  }
  return { contentHash: meter.digest(), byteCount: meter.bytes };
}

export function uploadHandler(services: Services, limit = MAX_UPLOAD_BYTES): RequestHandler {
  return async (req, res) => {
    if (req.is("multipart/form-data")) {
      const message = "multipart/form-data is not read: send the raw log file as the request body, e.g. curl --data-binary @app.log";
      sendError(res, new BadUserInputError(message), services.logger);
      return;
    }
    const dir = await createUploadDir();
    try {
      const query = validateInput(uploadQuerySchema, req.query);
      const file = path.join(dir, "upload.log");
      const received = await receive(req, file, limit);
      const request = { ...received, lines: openLineSource(file), tempFile: file, source: query.source, format: query.format as FormatName | "auto", summarize: query.summarize };
      const batch = await analyzeAndStore(services, request);
      res.status(201).json({ batch: toLogBatch(batch) });
    } catch (error) {
      sendError(res, error, services.logger);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}
