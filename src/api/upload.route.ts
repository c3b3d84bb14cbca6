/**
 * POST /upload?source=NAME&format=auto&summarize=true — the way in for logs too large for a GraphQL argument.
 * The body (plain or gzip) streams to a temporary file while it is hashed and measured, so
 * memory stays bounded; then it is analyzed and stored exactly like analyzeLogs.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Request, RequestHandler, Response } from "express";
import { z } from "zod";
import { FORMAT_NAMES, type FormatName } from "../pipeline/ingest";
import { InputError, openLineSource } from "../sources";
import { analyzeAndStore } from "./analyze-logs.service";
import type { ApiContext } from "./context.type";
import { BadUserInputError, ErrorCode, PayloadTooLargeError } from "./errors";
import { toLogBatch } from "./row-mappers";
import { validateInput } from "./validate-input";

export const MAX_UPLOAD_BYTES = 2 * 2 ** 30;

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
      done(meter.bytes > limit ? new PayloadTooLargeError(limit) : null, chunk);
    },
  }) as Transform & { bytes: number; digest(): string };
  meter.bytes = 0;
  meter.digest = () => hash.digest("hex");
  return meter;
}

function sendError(res: Response, error: unknown, logError: (error: unknown) => void): void {
  const code = (error as { extensions?: { code?: string } }).extensions?.code;
  if (code === ErrorCode.PAYLOAD_TOO_LARGE || code === ErrorCode.BAD_USER_INPUT || error instanceof InputError) {
    const status = code === ErrorCode.PAYLOAD_TOO_LARGE ? 413 : 400;
    res.status(status).json({ error: { code: code ?? ErrorCode.BAD_USER_INPUT, message: (error as Error).message } });
    return;
  }
  logError(error);
  res.status(500).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "internal error; the server log has the details" } });
}

async function receive(req: Request, file: string, limit: number): Promise<{ contentHash: string; byteCount: number }> {
  const meter = measuring(limit);
  await pipeline(req, meter, createWriteStream(file));
  if (meter.bytes === 0) {
    throw new BadUserInputError("the upload is empty; send the log file as the request body");
  }
  return { contentHash: meter.digest(), byteCount: meter.bytes };
}

export function uploadHandler(services: Pick<ApiContext, "prisma" | "metrics" | "pubSub">, logError: (error: unknown) => void, limit = MAX_UPLOAD_BYTES): RequestHandler {
  return async (req, res) => {
    const dir = await mkdtemp(path.join(tmpdir(), "flare-upload-"));
    try {
      const query = validateInput(uploadQuerySchema, req.query);
      const file = path.join(dir, "upload.log");
      const received = await receive(req, file, limit);
      const batch = await analyzeAndStore(services, { ...received, lines: openLineSource(file), source: query.source, format: query.format as FormatName | "auto", summarize: query.summarize });
      res.status(201).json({ batch: toLogBatch(batch) });
    } catch (error) {
      sendError(res, error, logError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}
