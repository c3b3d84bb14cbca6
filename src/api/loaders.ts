/**
 * Per-request DataLoaders (a new set per request, so nothing is cached across users): a page of
 * incidents with their summaries costs one summary query, not one per incident.
 */
import DataLoader from "dataloader";
import type { StoredExperimentRun } from "../domain/model-registry";
import type { IncidentEvidence, ListedIncident, StoredSummary } from "../domain/stored-incident";
import { listBatchIncidents, listChildRuns, listIncidentEvidence, listSummaries, NotFoundError, type StoreClient } from "../store";

export interface Loaders {
  summariesByIncidentId: DataLoader<string, StoredSummary[]>;
  incidentsByBatchId: DataLoader<string, ListedIncident[]>;
  evidenceByIncidentId: DataLoader<string, IncidentEvidence>;
  childRunsByParentId: DataLoader<string, StoredExperimentRun[]>;
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    groups.get(keyOf(row))?.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

export function createLoaders(prisma: StoreClient): Loaders {
  return {
    summariesByIncidentId: new DataLoader(async (ids) => groupBy(ids, await listSummaries(prisma, [...ids]), (s) => s.incidentId)),
    incidentsByBatchId: new DataLoader(async (ids) => groupBy(ids, await listBatchIncidents(prisma, [...ids]), (i) => i.batchId)),
    evidenceByIncidentId: new DataLoader<string, IncidentEvidence>(async (ids) => {
      const byId = new Map((await listIncidentEvidence(prisma, [...ids])).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new NotFoundError(`incident ${id} does not exist`));
    }),
    childRunsByParentId: new DataLoader(async (ids) => groupBy(ids, await listChildRuns(prisma, [...ids]), (r) => r.parentId ?? "")),
  };
}
