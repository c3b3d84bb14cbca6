/** LogBatch rows: a submitted log before, during and after analysis. */
import { z } from "zod";
import { BATCH_SKIP_REASONS, type BatchFailure, type BatchSkipReason, type StoredBatch } from "../domain/stored-batch";
import type { LogBatch } from "../generated/prisma/client";
import type { StoreClient } from "./prisma-client";
import { ConflictError, translated } from "./store-error";

export interface BatchInput {
  source: string;
  detectedFormat?: string;
  lineCount: number;
  byteCount: number;
  /** sha256 of the raw content; unique, so an identical re-submission is recognised. */
  contentHash: string;
  startedAt?: Date;
}

const skipCountsSchema = z.partialRecord(
  z.enum(Object.keys(BATCH_SKIP_REASONS) as [BatchSkipReason, ...BatchSkipReason[]]),
  z.number().int().nonnegative(),
);

/** The row as a StoredBatch: BigInt bytes as a number, counts by reason validated, error and code as one failure. */
export function storedBatchOf(row: LogBatch): StoredBatch {
  const { byteCount, skippedByReason, error, errorCode, ...rest } = row;
  // The table's CHECK constraint sets error and errorCode together.
  const failure: BatchFailure | null = error === null ? null : { code: errorCode!, message: error };
  return { ...rest, byteCount: Number(byteCount), skippedByReason: skipCountsSchema.parse(skippedByReason), failure };
}

/** A batch whose analysis has started; saveAnalysis or markBatchFailed finishes it. */
export async function createBatch(prisma: StoreClient, input: BatchInput): Promise<StoredBatch> {
  const row = await translated(`batch with content hash ${input.contentHash}`, () =>
    prisma.logBatch.create({ data: { ...input, byteCount: BigInt(input.byteCount), status: "RUNNING" } }),
  );
  return storedBatchOf(row);
}

export interface ClaimedBatch {
  batch: StoredBatch;
  /** True when the caller must analyze it; false when this content is already stored or running. */
  claimed: boolean;
}

/**
 * The batch for this content, ready to analyze, unless the same content was analyzed before or is
 * being analyzed now. A failed batch is claimed again (its failure may have been transient); two
 * identical submissions at once race on the unique hash and the loser gets the winner's batch.
 */
export async function claimBatch(prisma: StoreClient, input: BatchInput): Promise<ClaimedBatch> {
  const existing = await findBatchByContentHash(prisma, input.contentHash);
  if (existing?.status === "FAILED") {
    const data = { ...input, byteCount: BigInt(input.byteCount), status: "RUNNING" as const, error: null, errorCode: null, finishedAt: null, startedAt: input.startedAt ?? new Date() };
    return { batch: storedBatchOf(await prisma.logBatch.update({ where: { id: existing.id }, data })), claimed: true };
  }
  if (existing) {
    return { batch: existing, claimed: false };
  }
  try {
    return { batch: await createBatch(prisma, input), claimed: true };
  } catch (error) {
    const winner = error instanceof ConflictError ? await findBatchByContentHash(prisma, input.contentHash) : null;
    if (!winner) {
      throw error;
    }
    return { batch: winner, claimed: false };
  }
}

export async function findBatchByContentHash(prisma: StoreClient, contentHash: string): Promise<StoredBatch | null> {
  const row = await prisma.logBatch.findUnique({ where: { contentHash } });
  return row && storedBatchOf(row);
}

/** Newest first. */
export async function listBatches(prisma: StoreClient, first: number): Promise<StoredBatch[]> {
  return (await prisma.logBatch.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: first })).map(storedBatchOf);
}

export async function getBatch(prisma: StoreClient, id: string): Promise<StoredBatch> {
  return storedBatchOf(await translated(`batch ${id}`, () => prisma.logBatch.findUniqueOrThrow({ where: { id } })));
}

/** Records why analysis failed; the batch keeps its content hash so a retry can find it. */
export async function markBatchFailed(prisma: StoreClient, id: string, failure: BatchFailure, finishedAt = new Date()): Promise<StoredBatch> {
  const row = await translated(`batch ${id}`, () =>
    prisma.logBatch.update({ where: { id }, data: { status: "FAILED", error: failure.message, errorCode: failure.code, finishedAt } }),
  );
  return storedBatchOf(row);
}

/** Removes a claimed batch whose input was refused, so that nothing is kept of it. */
export async function releaseBatch(prisma: StoreClient, id: string): Promise<void> {
  await prisma.logBatch.deleteMany({ where: { id, status: "RUNNING" } });
}
