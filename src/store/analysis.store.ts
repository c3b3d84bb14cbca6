/** Writes one analysis (batch, incidents, summaries) all or nothing. */
import { randomUUID } from "node:crypto";
import type { Incident } from "../domain/incident";
import type { LogBatch } from "../generated/prisma/client";
import type { BatchInput } from "./batch.store";
import { incidentRow, summaryRow, type SummaryInput } from "./incident-rows";
import type { StoreClient } from "./prisma-client";
import { translated } from "./store-error";

export interface AnalyzedBatchInput extends BatchInput {
  /** A batch made earlier by createBatch; without it a new batch is created. */
  id?: string;
  sessionCount: number;
  anomalyCount: number;
  skippedLines?: number;
  finishedAt?: Date;
  durationMs?: number;
}

export interface AnalysisInput {
  batch: AnalyzedBatchInput;
  incidents: Incident[];
  summaries: SummaryInput[];
}

export interface SavedAnalysis {
  batch: LogBatch;
  /** Row ids by the pipeline's incident ids (`inc-1` → uuid). */
  incidentIds: Map<string, string>;
}

/**
 * One batch transaction of three statements: the batch, then every incident and every summary
 * in one multi-row insert each (a few hundred incidents cost three round trips, not hundreds).
 * Any failure rolls all of it back, so a batch is never visible half written.
 */
export async function saveAnalysis(prisma: StoreClient, input: AnalysisInput): Promise<SavedAnalysis> {
  const { id, ...fields } = input.batch;
  const batchId = id ?? randomUUID();
  const incidents = input.incidents.map((incident) => incidentRow(incident, batchId));
  const incidentIds = new Map(incidents.map((row) => [row.localId, row.id!]));
  const summaries = input.summaries.map((summary) => summaryRow(summary, incidentIds));
  const data = {
    ...fields,
    byteCount: BigInt(fields.byteCount),
    status: "COMPLETED" as const,
    incidentCount: incidents.length,
    finishedAt: fields.finishedAt ?? new Date(),
    error: null,
  };
  const [batch] = await translated(`analysis of batch ${batchId}`, () =>
    prisma.$transaction([
      id ? prisma.logBatch.update({ where: { id }, data }) : prisma.logBatch.create({ data: { ...data, id: batchId } }),
      prisma.incident.createMany({ data: incidents }),
      prisma.summary.createMany({ data: summaries }),
    ]),
  );
  return { batch, incidentIds };
}
