/** The GraphQL API over real HTTP against real Postgres: analyze → query → paginate → feedback, and bad input. */
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pino from "pino";
import { startServer, type RunningServer } from "../../../src/api/server";
import { REPO_DIR } from "../../support/run-flare";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";

const SAMPLE = readFileSync(path.join(REPO_DIR, "examples", "hdfs-sample.log"), "utf8");

let db: TestDatabase;
let server: RunningServer;
let queries = 0;

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: any[]; status: number }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as object), status: response.status };
}

const ANALYZE = `mutation($text: String!, $format: String) {
  analyzeLogs(input: { text: $text, source: "test", format: $format }) { id status lineCount contentHash incidents { id severity } }
}`;

beforeAll(async () => {
  db = await openTestDatabase("api");
  const counted = db.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        queries++;
        return query(args);
      },
    },
  }) as unknown as typeof db.prisma;
  server = await startServer({ port: 0, prisma: counted, logger: pino({ level: "silent" }) });
});

afterAll(async () => {
  await server.close();
  await db.drop();
});

describe("GraphQL API", () => {
  it("analyzes a log, then finds its incidents, page by page, with summaries", async () => {
    const analyzed = await graphql(ANALYZE, { text: SAMPLE });
    expect(analyzed.errors).toBeUndefined();
    const batch = analyzed.data.analyzeLogs;
    expect(batch).toMatchObject({ status: "COMPLETED", lineCount: 2000 });
    expect(batch.incidents.length).toBeGreaterThan(1);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await graphql(
        `query($after: String, $batch: ID) { incidents(first: 1, after: $after, filter: { batchId: $batch }) {
          edges { node { id severity summaries { provider confidence } } } pageInfo { hasNextPage endCursor } } }`,
        { after, batch: batch.id },
      );
      const connection = page.data.incidents;
      seen.push(...connection.edges.map((e: any) => e.node.id));
      expect(connection.edges[0].node.summaries[0].provider).toBe("offline");
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual(batch.incidents.map((i: any) => i.id).sort());
  });

  it("recognises identical content by its hash instead of storing it twice", async () => {
    const first = await graphql(ANALYZE, { text: SAMPLE });
    const again = await graphql(ANALYZE, { text: SAMPLE });
    expect(again.data.analyzeLogs.id).toBe(first.data.analyzeLogs.id);
    expect(await db.prisma.logBatch.count({ where: { contentHash: first.data.analyzeLogs.contentHash } })).toBe(1);
  });

  it("loads a page of incidents with summaries and evidence in a constant number of queries", async () => {
    const pageOf = async (first: number) => {
      queries = 0;
      const page = await graphql(`{ incidents(first: ${first}) { edges { node { id sessionIds representativeLines { lineId } summaries { id } } } } }`);
      expect(page.errors).toBeUndefined();
      return queries;
    };
    expect(await pageOf(4)).toBe(await pageOf(1));
  });

  it("serves the evidence a listing leaves out, as stored, only when asked for", async () => {
    const lean = async () => {
      queries = 0;
      await graphql(`{ incidents(first: 5) { edges { node { id severity } } } }`);
      return queries;
    };
    const leanQueries = await lean();
    queries = 0;
    const { data } = await graphql(`{ incidents(first: 5) { edges { node { id sessionIds representativeLines { lineId text } } } } }`);
    expect(queries).toBe(leanQueries + 1);
    for (const { node } of data.incidents.edges) {
      const row = await db.prisma.incident.findUniqueOrThrow({ where: { id: node.id } });
      expect(node.sessionIds).toEqual(row.sessionIds);
      expect(node.representativeLines).toEqual(row.representativeLines);
      expect(node.sessionIds.length).toBeGreaterThan(0);
    }
  });

  it("records analyst feedback", async () => {
    const { data } = await graphql(`{ incidents(first: 1) { edges { node { id } } } }`);
    const id = data.incidents.edges[0].node.id;
    const updated = await graphql(`mutation($id: ID!) { setIncidentStatus(id: $id, status: FALSE_POSITIVE) { id status } }`, { id });
    expect(updated.data.setIncidentStatus).toEqual({ id, status: "FALSE_POSITIVE" });
    const filtered = await graphql(`{ incidents(first: 10, filter: { status: [FALSE_POSITIVE] }) { edges { node { id } } } }`);
    expect(filtered.data.incidents.edges.map((e: any) => e.node.id)).toEqual([id]);
  });

  it.each([
    ["an empty text", { text: "   " }, "BAD_USER_INPUT", /text is empty/],
    ["an unknown format", { text: "a line", format: "klingon" }, "BAD_USER_INPUT", /format must be/],
  ])("rejects %s with a clear code and writes nothing", async (_what, variables, code, message) => {
    const before = await db.prisma.logBatch.count();
    const result = await graphql(ANALYZE, variables);
    expect(result.errors?.[0].extensions.code).toBe(code);
    expect(result.errors?.[0].message).toMatch(message);
    expect(result.errors?.[0].extensions.stacktrace).toBeUndefined();
    expect(await db.prisma.logBatch.count()).toBe(before);
  });

  it.each(["logBatches(first: 0) { id }", "logBatches(first: 501) { id }"])("rejects %s as BAD_USER_INPUT instead of clamping it", async (field) => {
    const result = await graphql(`{ ${field} }`);
    expect(result.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(/first (must be at least 1|is at most 500)/);
  });

  it("answers an unknown id with NOT_FOUND", async () => {
    const result = await graphql(`{ incident(id: "00000000-0000-0000-0000-000000000000") { id } }`);
    expect(result.errors?.[0].extensions.code).toBe("NOT_FOUND");
  });

  it("answers an oversized log with PAYLOAD_TOO_LARGE", async () => {
    const result = await graphql(ANALYZE, { text: "x".repeat(9 * 2 ** 20) });
    expect(result.errors?.[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("opens the bundled GraphQL IDE for a browser asking for HTML", async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
  });

  it("analyzes a gzip file streamed to POST /upload", async () => {
    const response = await fetch(`${server.url}/upload?source=hdfs-sample.log.gz`, { method: "POST", body: gzipSync(SAMPLE) });
    expect(response.status).toBe(201);
    const { batch } = (await response.json()) as any;
    expect(batch).toMatchObject({ source: "hdfs-sample.log.gz", status: "COMPLETED", lineCount: 2000, detectedFormat: "hdfs" });
    expect(batch.incidentCount).toBeGreaterThan(0);
  });

  it.each([
    ["an empty body", "", "", /upload is empty/],
    ["an unknown format", "?format=klingon", "a line", /format must be/],
  ])("rejects an upload with %s as BAD_USER_INPUT", async (_what, query, body, message) => {
    const response = await fetch(`${server.url}/upload${query}`, { method: "POST", body });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as any;
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(message);
  });

  it("refuses a query nested too deeply", async () => {
    const result = await graphql(`{ health { version { a { b { c { d { e { f { g } } } } } } } } }`);
    expect(result.errors?.map((e) => e.message).join(" ")).toMatch(/nested too deeply/);
  });

  it("refuses a query that costs too much, and allows a full page", async () => {
    const node = "id anomalyScore sessionIds components templates { template count } representativeLines { lineId text } summaries { explanation rootCause remediation { horizon action } }";
    const page = (first: number) => graphql(`{ incidents(first: ${first}) { edges { node { ${node} } } } }`);
    const tooMuch = await graphql(`{ incidents(first: 500) { edges { node { ${node} } } } logBatches(first: 500) { id incidents { ${node} } } }`);
    expect(tooMuch.errors?.[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(tooMuch.errors?.[0].message).toMatch(/over the limit of 10000/);
    expect((await page(50)).errors).toBeUndefined();
  });

  it("stores incidents without summaries when summarize is false", async () => {
    const text = SAMPLE.split("\n").slice(0, 1500).join("\n");
    const result = await graphql(`mutation($text: String!) { analyzeLogs(input: { text: $text, summarize: false }) { id incidents { id summaries { id } } } }`, { text });
    expect(result.errors).toBeUndefined();
    const { incidents } = result.data.analyzeLogs;
    expect(incidents.length).toBeGreaterThan(0);
    expect(incidents.flatMap((i: any) => i.summaries)).toEqual([]);
  });

  it("refuses evaluate until a judge exists, instead of ignoring it", async () => {
    const before = await db.prisma.logBatch.count();
    const result = await graphql(`mutation { analyzeLogs(input: { text: "a line", evaluate: true }) { id } }`);
    expect(result.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(/evaluate is not available yet/);
    expect(await db.prisma.logBatch.count()).toBe(before);
  });

  it("counts the lines it left out on the batch, by reason, those that belong to no session included", async () => {
    const lines = SAMPLE.split("\n").slice(0, 300);
    // HDFS lines are keyed by their block id; these name none, so no session can hold them.
    const blockless = Array.from({ length: 12 }, (_, i) => `081109 2036${String(i).padStart(2, "0")} 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.heartbeat: from 10.250.19.${i}:50010`);
    const text = [...lines.slice(0, 150), "y".repeat(70_000), "\u0000\u0001\u0002 binary \u0000", ...blockless, ...lines.slice(150)].join("\n");
    const query = `mutation($text: String!) { analyzeLogs(input: { text: $text }) { id lineCount skippedLines skippedByReason { reason count } } }`;
    const result = await graphql(query, { text });
    expect(result.errors).toBeUndefined();
    const skippedByReason = [
      { reason: "binary", count: 1 },
      { reason: "too-long", count: 1 },
      { reason: "unkeyed", count: 12 },
    ];
    expect(result.data.analyzeLogs).toMatchObject({ lineCount: 312, skippedLines: 14, skippedByReason });
    const stored = await graphql(`query($id: ID!) { logBatch(id: $id) { skippedLines skippedByReason { reason count } } }`, { id: result.data.analyzeLogs.id });
    expect(stored.data.logBatch).toEqual({ skippedLines: 14, skippedByReason });
  });

  it("marks the batch FAILED with the reason when the input is bad, and retries it on re-submission", async () => {
    const corrupt = gzipSync(SAMPLE).subarray(0, 4000);
    const upload = () => fetch(`${server.url}/upload?source=broken.gz`, { method: "POST", body: corrupt });
    const response = await upload();
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as any;
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/^the upload starts like gzip but does not decompress/) });
    // The server's temporary file is no business of the sender's.
    expect(error.message).not.toMatch(/flare-upload|\//);

    const listed = await graphql(`{ logBatches(first: 1) { id source status error errorCode incidents { id } } }`);
    const [batch] = listed.data.logBatches;
    expect(batch).toMatchObject({ source: "broken.gz", status: "FAILED", error: error.message, errorCode: "BAD_USER_INPUT", incidents: [] });
    expect(await db.prisma.incident.count({ where: { batchId: batch.id } })).toBe(0);

    expect((await upload()).status).toBe(400);
    expect(await db.prisma.logBatch.count({ where: { source: "broken.gz" } })).toBe(1);
  });

  it("reports the database and the LLM provider in health", async () => {
    const { data } = await graphql(`{ health { version database summarizer llm { provider model reachable detail } } }`);
    expect(data.health).toMatchObject({ database: "ok", summarizer: "offline", llm: { provider: "offline", model: "offline-rules-v1", reachable: true } });
    expect(data.health.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("serves /healthz", async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
  });

  it("exports Prometheus metrics of operations and analyses", async () => {
    await graphql(`query Probe { health { version } }`);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/flare_graphql_operations_total\{operation="Probe",type="query",outcome="ok"\} 1/);
    expect(text).toMatch(/flare_batches_analyzed_total\{status="completed"\} [1-9]/);
    expect(text).toMatch(/flare_lines_analyzed_total [1-9]\d{3}/);
    expect(text).toMatch(/flare_graphql_operation_seconds_bucket/);
    expect(text).toMatch(/# TYPE flare_llm_tokens_total counter/);
    expect(text).toMatch(/# TYPE flare_llm_cost_usd_total counter/);
  });
});
