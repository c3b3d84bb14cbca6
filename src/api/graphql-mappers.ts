/**
 * The store's domain objects → GraphQL types, for the few whose shapes differ (incident evidence
 * loaded on demand, bytes as a string, failures, skip counts); the others are served as they are.
 */
import { BATCH_SKIP_REASONS, type BatchSkipReason, type StoredBatch } from "../domain/stored-batch";
import type { IncidentEvidence, ListedIncident, StoredIncident } from "../domain/stored-incident";
import type { IncidentType } from "./types/incident.type";
import type { LogBatchType, SkipCountType } from "./types/log-batch.type";

/** A full incident, or a listed one whose evidence the Incident type's field resolvers load on demand. */
export function toIncident(incident: ListedIncident | StoredIncident): IncidentType {
  const listed: IncidentType = { ...incident, sessionIds: undefined, representativeLines: undefined };
  return "sessionIds" in incident ? { ...listed, ...toEvidence(incident) } : listed;
}

export function toEvidence(evidence: IncidentEvidence): Required<Pick<IncidentType, "sessionIds" | "representativeLines">> {
  return { sessionIds: evidence.sessionIds, representativeLines: evidence.representativeLines };
}

/** In the domain's order of reasons, leaving out those that did not occur. */
function skipCounts(batch: StoredBatch): SkipCountType[] {
  return (Object.keys(BATCH_SKIP_REASONS) as BatchSkipReason[])
    .map((reason) => ({ reason, count: batch.skippedByReason[reason] ?? 0 }))
    .filter(({ count }) => count > 0);
}

export function toLogBatch(batch: StoredBatch): LogBatchType {
  const { failure, byteCount, ...rest } = batch;
  return { ...rest, byteCount: String(byteCount), skippedByReason: skipCounts(batch), error: failure?.message ?? null, errorCode: failure?.code ?? null };
}
