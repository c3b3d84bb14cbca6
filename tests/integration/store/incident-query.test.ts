import { SEVERITIES, type Incident } from "../../../src/domain/incident";
import { listIncidents, saveAnalysis, setIncidentStatus, type IncidentFilter, type IncidentOrder } from "../../../src/store";
import { NotFoundError } from "../../../src/store/store-error";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";

const T0 = Date.UTC(2026, 10, 25);
const MINUTE = 60_000;
const EXCEPTION = "Exception in receiveBlock for block <*>";

/** Incident number `i` starts i minutes after T0; every 7th has the exception template. */
function syntheticIncident(i: number): Incident {
  return {
    id: `inc-${i}`,
    fingerprint: `fp-${i % 10}`,
    severity: SEVERITIES[i % SEVERITIES.length],
    // Only 50 distinct scores, so the score order has many ties for the id to break.
    anomalyScore: (i % 50) / 50,
    sessionIds: [`blk_${i}`],
    startTime: T0 + i * MINUTE,
    endTime: T0 + i * MINUTE + 30_000,
    components: ["dfs.DataNode"],
    levels: { INFO: 2 },
    templates: [{ templateId: i % 7, template: i % 7 === 0 ? EXCEPTION : `Receiving block <*> src: <*> (${i % 7})`, count: 2 }],
    representativeLines: [{ lineId: i, text: `line ${i}` }],
  };
}

async function saveBatch(db: TestDatabase, hash: string, from: number, to: number): Promise<string> {
  const incidents = Array.from({ length: to - from }, (_, k) => syntheticIncident(from + k));
  const batch = { source: hash, lineCount: 1, byteCount: 1, contentHash: hash, sessionCount: incidents.length, anomalyCount: incidents.length };
  return (await saveAnalysis(db.prisma, { batch, incidents, summaries: [] })).batch.id;
}

async function allPages(db: TestDatabase, filter: IncidentFilter, orderBy: IncidentOrder, first: number, between?: () => Promise<unknown>) {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listIncidents(db.prisma, filter, { first, after, orderBy });
    ids.push(...page.nodes.map((n) => n.id));
    await between?.();
    if (!page.hasNextPage) {
      return ids;
    }
    after = page.endCursor!;
  }
}

describe("incident queries", () => {
  let db: TestDatabase;
  let batchA: string;
  let batchB: string;

  beforeAll(async () => {
    db = await openTestDatabase("incidents");
    batchA = await saveBatch(db, "a", 0, 200);
    batchB = await saveBatch(db, "b", 200, 300);
  });
  afterAll(() => db.drop());

  const countOf = async (filter: IncidentFilter) => (await allPages(db, filter, "newest", 100)).length;

  it("filters by severity, batch, time range and template text", async () => {
    expect(await countOf({ severity: ["critical"] })).toBe(75);
    expect(await countOf({ severity: ["critical", "low"], batchId: batchB })).toBe(50);
    // Incidents 10..20 overlap [T0+10min, T0+20min]: 9 ends at 9m30s, 21 starts at 21m.
    expect(await countOf({ from: new Date(T0 + 10 * MINUTE), to: new Date(T0 + 20 * MINUTE) })).toBe(11);
    expect(await countOf({ search: "EXCEPTION in receiveblock" })).toBe(43);
    expect(await countOf({ search: "100%_" })).toBe(0);
  });

  it("filters by status after setIncidentStatus, and reports unknown ids", async () => {
    const page = await listIncidents(db.prisma, { batchId: batchA }, { first: 3 });
    for (const node of page.nodes) {
      expect((await setIncidentStatus(db.prisma, node.id, "RESOLVED")).status).toBe("RESOLVED");
    }
    expect((await listIncidents(db.prisma, { status: ["RESOLVED"] }, { first: 10 })).nodes.map((n) => n.id).sort()).toEqual(
      page.nodes.map((n) => n.id).sort(),
    );
    expect(await countOf({ status: ["OPEN"] })).toBe(297);
    await expect(setIncidentStatus(db.prisma, "no-such-incident", "RESOLVED")).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each<[IncidentOrder, number]>([
    ["newest", 37],
    ["score", 50],
  ])("pages through every incident exactly once, in order (%s, %i per page)", async (orderBy, first) => {
    const ids = await allPages(db, {}, orderBy, first);
    expect(new Set(ids).size).toBe(300);
    const rows = await db.prisma.incident.findMany({ where: { id: { in: ids } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const keys = ids.map((id) => (orderBy === "score" ? byId.get(id)!.anomalyScore : byId.get(id)!.createdAt.getTime()));
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
  });

  it("keeps later pages stable while new incidents arrive", async () => {
    let inserted = false;
    const ids = await allPages(db, {}, "newest", 64, async () => {
      if (!inserted) {
        inserted = true;
        await saveBatch(db, "c", 300, 350);
      }
    });
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
  });

  it("rejects a page size outside 1..500", async () => {
    await expect(listIncidents(db.prisma, {}, { first: 0 })).rejects.toBeInstanceOf(RangeError);
  });
});
