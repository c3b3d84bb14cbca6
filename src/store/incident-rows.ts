/** Domain incidents and summaries as rows (ids assigned here so one batch insert links them). */
import { randomUUID } from "node:crypto";
import type { Incident } from "../domain/incident";
import type { IncidentSummary } from "../domain/incident-summary";
import type { Prisma } from "../generated/prisma/client";
import { NotFoundError } from "./store-error";

/** What an LLM call cost; absent for the offline summarizer. */
export interface SummaryUsage {
  inputTokens?: number;
  outputTokens?: number;
  costUsd?: number;
  latencyMs?: number;
}

export type SummaryInput = IncidentSummary & { usage?: SummaryUsage };

const dateOf = (ms: number | undefined): Date | null => (ms === undefined ? null : new Date(ms));

export function incidentRow(incident: Incident, batchId: string): Prisma.IncidentCreateManyInput {
  return {
    id: randomUUID(),
    batchId,
    localId: incident.id,
    fingerprint: incident.fingerprint,
    severity: incident.severity,
    anomalyScore: incident.anomalyScore,
    startTime: dateOf(incident.startTime),
    endTime: dateOf(incident.endTime),
    sessionIds: incident.sessionIds,
    components: incident.components,
    levels: incident.levels,
    templates: incident.templates as unknown as Prisma.InputJsonValue,
    representativeLines: incident.representativeLines as unknown as Prisma.InputJsonValue,
    searchText: incident.templates.map((t) => t.template).join("\n"),
  };
}

/** `rowIdOf` maps the pipeline's incident ids (`inc-1`) to the row ids made by incidentRow. */
export function summaryRow(summary: SummaryInput, rowIdOf: Map<string, string>): Prisma.SummaryCreateManyInput {
  const incidentId = rowIdOf.get(summary.incidentId);
  if (!incidentId) {
    throw new NotFoundError(`summary of incident ${summary.incidentId}: no such incident in this analysis`);
  }
  return {
    incidentId,
    provider: summary.provider,
    model: summary.model,
    explanation: summary.explanation,
    rootCause: summary.rootCause,
    severity: summary.severity,
    confidence: summary.confidence,
    remediation: summary.remediation as unknown as Prisma.InputJsonValue,
    ...summary.usage,
  };
}
