/** LogBatch rows: a submitted log before, during and after analysis. */
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

/** A batch whose analysis has started; saveAnalysis or markBatchFailed finishes it. */
export function createBatch(prisma: StoreClient, input: BatchInput): Promise<LogBatch> {
  return translated(`batch with content hash ${input.contentHash}`, () =>
    prisma.logBatch.create({ data: { ...input, byteCount: BigInt(input.byteCount), status: "RUNNING" } }),
  );
}

export interface ClaimedBatch {
  batch: LogBatch;
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
    const data = { ...input, byteCount: BigInt(input.byteCount), status: "RUNNING" as const, error: null, finishedAt: null, startedAt: input.startedAt ?? new Date() };
    return { batch: await prisma.logBatch.update({ where: { id: existing.id }, data }), claimed: true };
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

export function findBatchByContentHash(prisma: StoreClient, contentHash: string): Promise<LogBatch | null> {
  return prisma.logBatch.findUnique({ where: { contentHash } });
}

/** Newest first. */
export function listBatches(prisma: StoreClient, first: number): Promise<LogBatch[]> {
  return prisma.logBatch.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: first });
}

export function getBatch(prisma: StoreClient, id: string): Promise<LogBatch> {
  return translated(`batch ${id}`, () => prisma.logBatch.findUniqueOrThrow({ where: { id } }));
}

/** Records why analysis failed; the batch keeps its content hash so a retry can find it. */
export function markBatchFailed(prisma: StoreClient, id: string, reason: string, finishedAt = new Date()): Promise<LogBatch> {
  return translated(`batch ${id}`, () =>
    prisma.logBatch.update({ where: { id }, data: { status: "FAILED", error: reason, finishedAt } }),
  );
}
