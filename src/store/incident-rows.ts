/**
 * Domain incidents and summaries as rows (ids assigned here so one batch insert links them), and
 * rows back as domain objects: their JSON columns are validated here, once, so nothing past the
 * store casts them.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Incident, RepresentativeLine, TemplateCount } from "../domain/incident";
import type { IncidentSummary, RemediationHorizon, RemediationStep } from "../domain/incident-summary";
import type { IncidentEvidence, ListedIncident, StoredIncident, StoredSummary } from "../domain/stored-incident";
import type { Incident as IncidentRow, Prisma, Summary as SummaryRow } from "../generated/prisma/client";
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

const templatesSchema = z.array(z.object({ templateId: z.number().int(), template: z.string(), count: z.number().int() })) satisfies z.ZodType<TemplateCount[]>;
const linesSchema = z.array(z.object({ lineId: z.number().int(), text: z.string() })) satisfies z.ZodType<RepresentativeLine[]>;
const levelsSchema = z.record(z.string(), z.number().int());
// Keyed by horizon so the compiler notices a horizon the domain adds.
const HORIZONS = { immediate: true, "short-term": true, "long-term": true } satisfies Record<RemediationHorizon, true>;
const remediationSchema = z.array(
  z.object({ horizon: z.enum(Object.keys(HORIZONS) as [RemediationHorizon, ...RemediationHorizon[]]), action: z.string() }),
) satisfies z.ZodType<RemediationStep[]>;

/** What a listing reads of an incident row. */
export type ListedIncidentRow = Omit<IncidentRow, "searchText" | "levels" | "sessionIds" | "representativeLines">;
/** What a full read takes: everything but the search column, which is never served. */
export type StoredIncidentRow = Omit<IncidentRow, "searchText">;

export function listedIncidentOf(row: ListedIncidentRow): ListedIncident {
  return { ...row, templates: templatesSchema.parse(row.templates) };
}

export function storedIncidentOf(row: StoredIncidentRow): StoredIncident {
  return { ...listedIncidentOf(row), sessionIds: row.sessionIds, levels: levelsSchema.parse(row.levels), representativeLines: linesSchema.parse(row.representativeLines) };
}

export function evidenceOf(row: Pick<IncidentRow, "id" | "sessionIds" | "representativeLines">): IncidentEvidence {
  return { id: row.id, sessionIds: row.sessionIds, representativeLines: linesSchema.parse(row.representativeLines) };
}

export function storedSummaryOf(row: SummaryRow): StoredSummary {
  return { ...row, remediation: remediationSchema.parse(row.remediation) };
}
