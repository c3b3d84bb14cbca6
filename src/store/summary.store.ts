/** Stored explanations of incidents, read back for the API. */
import type { StoredSummary } from "../domain/stored-incident";
import { storedSummaryOf } from "./incident-rows";
import type { StoreClient } from "./prisma-client";

/** The summaries of these incidents, oldest first (one query for a whole page of incidents). */
export async function listSummaries(prisma: StoreClient, incidentIds: string[]): Promise<StoredSummary[]> {
  const rows = await prisma.summary.findMany({ where: { incidentId: { in: incidentIds } }, orderBy: { createdAt: "asc" } });
  return rows.map(storedSummaryOf);
}
