/** Incident queries: filters, stable cursor pages, and status changes. */
import type { Severity } from "../domain/incident";
import type { IncidentEvidence, IncidentStatus, ListedIncident, StoredIncident } from "../domain/stored-incident";
import type { Prisma } from "../generated/prisma/client";
import { evidenceOf, listedIncidentOf, storedIncidentOf } from "./incident-rows";
import type { StoreClient } from "./prisma-client";
import { translated } from "./store-error";

export interface IncidentFilter {
  severity?: Severity[];
  status?: IncidentStatus[];
  batchId?: string;
  /** Incidents whose time range overlaps [from, to]; incidents without times never match. */
  from?: Date;
  to?: Date;
  /** Case-insensitive substring of any of the incident's templates. */
  search?: string;
  /** Every incident of one problem, across batches (served by the fingerprint index). */
  fingerprint?: string;
}

export type IncidentOrder = "newest" | "score";

export interface PageArgs {
  first: number;
  /** The endCursor of the previous page. */
  after?: string;
  orderBy?: IncidentOrder;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  /** Opaque; pass as `after` for the next page. Null on an empty page. */
  endCursor: string | null;
}

export const MAX_PAGE_SIZE = 500;

/**
 * Columns a listing leaves out. `searchText` and `levels` are never served; an incident's session
 * ids and representative lines can run to thousands of entries, and a page of fifty would carry
 * them all when its client only wants severities. `listIncidentEvidence` loads them for the
 * incidents whose client asks.
 */
export const LISTING_OMITS = { searchText: true, levels: true, sessionIds: true, representativeLines: true } as const;

/** A full read leaves out only the search column. */
const FULL_OMITS = { searchText: true } as const;

// Every order ends with the unique id, so rows with equal times or scores keep one order and
// the (createdAt, id) and (anomalyScore, id) indexes serve both the sort and the cursor.
const ORDERS: Record<IncidentOrder, Prisma.IncidentOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  score: [{ anomalyScore: "desc" }, { id: "asc" }],
};

/**
 * Prisma sends `contains` to Postgres as ILIKE '%value%' without escaping the value, so `%` and
 * `_` in a search matched anything; backslash is ILIKE's default escape character.
 */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

export function incidentWhere(filter: IncidentFilter): Prisma.IncidentWhereInput {
  return {
    severity: filter.severity ? { in: filter.severity } : undefined,
    status: filter.status ? { in: filter.status } : undefined,
    batchId: filter.batchId,
    endTime: filter.from ? { gte: filter.from } : undefined,
    startTime: filter.to ? { lte: filter.to } : undefined,
    searchText: filter.search ? { contains: likeLiteral(filter.search), mode: "insensitive" } : undefined,
    fingerprint: filter.fingerprint,
  };
}

/**
 * Keyset pagination through Prisma's cursor: the next page starts after the cursor row's
 * (sort key, id), so inserts between requests neither repeat nor skip the rows already seen.
 */
export async function listIncidents(prisma: StoreClient, filter: IncidentFilter, page: PageArgs): Promise<Page<ListedIncident>> {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
    throw new RangeError(`first must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${page.first}`);
  }
  const rows = await prisma.incident.findMany({
    omit: LISTING_OMITS,
    where: incidentWhere(filter),
    orderBy: ORDERS[page.orderBy ?? "newest"],
    take: page.first + 1,
    ...(page.after ? { cursor: { id: page.after }, skip: 1 } : {}),
  });
  const nodes = rows.slice(0, page.first).map(listedIncidentOf);
  return { nodes, hasNextPage: rows.length > page.first, endCursor: nodes.at(-1)?.id ?? null };
}

/** The incidents of some batches, most anomalous first, for listing. */
export async function listBatchIncidents(prisma: StoreClient, batchIds: string[]): Promise<ListedIncident[]> {
  return (await prisma.incident.findMany({ omit: LISTING_OMITS, where: { batchId: { in: batchIds } }, orderBy: ORDERS.score })).map(listedIncidentOf);
}

/** One batch's incidents in full, evidence included, most anomalous first. */
export async function getBatchIncidents(prisma: StoreClient, batchId: string): Promise<StoredIncident[]> {
  return (await prisma.incident.findMany({ omit: FULL_OMITS, where: { batchId }, orderBy: ORDERS.score })).map(storedIncidentOf);
}

/** The session ids and representative lines a listing left out, for these incidents. */
export async function listIncidentEvidence(prisma: StoreClient, ids: string[]): Promise<IncidentEvidence[]> {
  return (await prisma.incident.findMany({ where: { id: { in: ids } }, select: { id: true, sessionIds: true, representativeLines: true } })).map(evidenceOf);
}

export async function getIncident(prisma: StoreClient, id: string): Promise<StoredIncident> {
  return storedIncidentOf(await translated(`incident ${id}`, () => prisma.incident.findUniqueOrThrow({ omit: FULL_OMITS, where: { id } })));
}

export async function setIncidentStatus(prisma: StoreClient, id: string, status: IncidentStatus): Promise<StoredIncident> {
  return storedIncidentOf(await translated(`incident ${id}`, () => prisma.incident.update({ omit: FULL_OMITS, where: { id }, data: { status } })));
}
