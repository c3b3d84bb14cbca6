/** Writes one analysis (batch, incidents, summaries) all or nothing. */
import { randomUUID } from "node:crypto";
import type { Incident } from "../domain/incident";
import { totalSkipped } from "../domain/log-record";
import type { BatchSkipCounts, StoredBatch } from "../domain/stored-batch";
import { storedBatchOf, type BatchInput } from "./batch.store";
import { incidentRow, summaryRow, type SummaryInput } from "./incident-rows";
import type { StoreClient } from "./prisma-client";
import { translated } from "./store-error";

export interface AnalyzedBatchInput extends BatchInput {
  /** A batch made earlier by createBatch; without it a new batch is created. */
  id?: string;
  sessionCount: number;
  anomalyCount: number;
  /** Lines in no scored session, by reason; the batch's skippedLines is their sum. */
  skippedByReason?: BatchSkipCounts;
  finishedAt?: Date;
  durationMs?: number;
}

export interface AnalysisInput {
  batch: AnalyzedBatchInput;
  incidents: Incident[];
  summaries: SummaryInput[];
}

export interface SavedAnalysis {
  batch: StoredBatch;
  /** Row ids by the pipeline's incident ids (`inc-1` → uuid). */
  incidentIds: Map<string, string>;
}

/**
 * One batch transaction of three statements: the batch, then every incident and every summary
 * in one multi-row insert each (a few hundred incidents cost three round trips, not hundreds).
 * Any failure rolls all of it back, so a batch is never visible half written.
 */
export async function saveAnalysis(prisma: StoreClient, input: AnalysisInput): Promise<SavedAnalysis> {
  const { id, skippedByReason = {}, ...fields } = input.batch;
  const batchId = id ?? randomUUID();
  const incidents = input.incidents.map((incident) => incidentRow(incident, batchId));
  const incidentIds = new Map(incidents.map((row) => [row.localId, row.id!]));
  const summaries = input.summaries.map((summary) => summaryRow(summary, incidentIds));
  const data = {
    ...fields,
    byteCount: BigInt(fields.byteCount),
    status: "COMPLETED" as const,
    incidentCount: incidents.length,
    // Derived here, so the total can never disagree with its parts.
    skippedLines: totalSkipped(skippedByReason),
    skippedByReason,
    finishedAt: fields.finishedAt ?? new Date(),
    error: null,
    errorCode: null,
  };
  const [batch] = await translated(`analysis of batch ${batchId}`, () =>
    prisma.$transaction([
      id ? prisma.logBatch.update({ where: { id }, data }) : prisma.logBatch.create({ data: { ...data, id: batchId } }),
      prisma.incident.createMany({ data: incidents }),
      prisma.summary.createMany({ data: summaries }),
    ]),
  );
  return { batch: storedBatchOf(batch), incidentIds };
}
