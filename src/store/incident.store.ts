/** Incident queries: filters, stable cursor pages, and status changes. */
import type { Severity } from "../domain/incident";
import type { Incident, IncidentStatus, Prisma } from "../generated/prisma/client";
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

// Every order ends with the unique id, so rows with equal times or scores keep one order and
// the (createdAt, id) and (anomalyScore, id) indexes serve both the sort and the cursor.
const ORDERS: Record<IncidentOrder, Prisma.IncidentOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  score: [{ anomalyScore: "desc" }, { id: "asc" }],
};

export function incidentWhere(filter: IncidentFilter): Prisma.IncidentWhereInput {
  return {
    severity: filter.severity ? { in: filter.severity } : undefined,
    status: filter.status ? { in: filter.status } : undefined,
    batchId: filter.batchId,
    endTime: filter.from ? { gte: filter.from } : undefined,
    startTime: filter.to ? { lte: filter.to } : undefined,
    searchText: filter.search ? { contains: filter.search, mode: "insensitive" } : undefined,
  };
}

/**
 * Keyset pagination through Prisma's cursor: the next page starts after the cursor row's
 * (sort key, id), so inserts between requests neither repeat nor skip the rows already seen.
 */
export async function listIncidents(prisma: StoreClient, filter: IncidentFilter, page: PageArgs): Promise<Page<Incident>> {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
    throw new RangeError(`first must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${page.first}`);
  }
  const rows = await prisma.incident.findMany({
    where: incidentWhere(filter),
    orderBy: ORDERS[page.orderBy ?? "newest"],
    take: page.first + 1,
    ...(page.after ? { cursor: { id: page.after }, skip: 1 } : {}),
  });
  const nodes = rows.slice(0, page.first);
  return { nodes, hasNextPage: rows.length > page.first, endCursor: nodes.at(-1)?.id ?? null };
}

export function getIncident(prisma: StoreClient, id: string): Promise<Incident> {
  return translated(`incident ${id}`, () => prisma.incident.findUniqueOrThrow({ where: { id } }));
}

export function setIncidentStatus(prisma: StoreClient, id: string, status: IncidentStatus): Promise<Incident> {
  return translated(`incident ${id}`, () => prisma.incident.update({ where: { id }, data: { status } }));
}
