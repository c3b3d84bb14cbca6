/**
 * Requests built to exhaust the server, over real HTTP and a real graphql-ws socket: each is
 * refused with a typed error and a 4xx status, and the server keeps answering.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here */
import { createClient, type Client } from "graphql-ws";
import pino from "pino";
import WebSocket from "ws";
import { startServer, type RunningServer } from "../../../src/api/server";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";

let db: TestDatabase;
let server: RunningServer;
let queries = 0;
const clients: Client[] = [];

async function post(body: string, contentType = "application/json"): Promise<{ status: number; type: string; body: any }> {
  const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": contentType }, body });
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.json() };
}

const graphql = (query: string, variables: Record<string, unknown> = {}) => post(JSON.stringify({ query, variables }));

function connect(): Client {
  const client = createClient({ url: `${server.url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, lazy: false });
  clients.push(client);
  return client;
}

/** The first result or the errors of one operation over graphql-ws. */
function runOverSocket(client: Client, query: string): Promise<{ data?: any; errors?: any[] }> {
  return new Promise((resolve, reject) => {
    client.subscribe(
      { query },
      {
        next: (result) => resolve(result as { data?: any }),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error instanceof Error ? error : new Error(String((error as any)?.reason ?? error)))),
        complete: () => undefined,
      },
    );
  });
}

const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

beforeAll(async () => {
  db = await openTestDatabase("attack");
  const counted = db.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        queries++;
        return query(args);
      },
    },
  }) as unknown as typeof db.prisma;
  server = await startServer({ port: 0, prisma: counted, logger: pino({ level: "silent" }) });
  const batch = await db.prisma.logBatch.create({ data: { source: "attack", contentHash: "attack-limits", status: "COMPLETED" } });
  const incident = (localId: string, template: string) => ({
    batchId: batch.id,
    localId,
    fingerprint: "0123456789ab",
    severity: "low" as const,
    anomalyScore: 1,
    levels: {},
    templates: [{ templateId: 1, template, count: 1 }],
    representativeLines: [],
    searchText: template,
  });
  await db.prisma.incident.createMany({ data: [incident("inc-1", "disk 100% full on <*>"), incident("inc-2", "disk full on <*>"), incident("inc-3", "user_id <*> logged in")] });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await server.close();
  await db.drop();
});

describe("graphql-ws runs the same limits as HTTP", () => {
  const node = "id sessionIds representativeLines { text } templates { template } summaries { explanation rootCause }";

  it("refuses an alias bomb as QUERY_TOO_COMPLEX, keeps its heap and still answers", async () => {
    const client = connect();
    const heapBefore = process.memoryUsage().heapUsed;
    const bomb = await runOverSocket(client, aliased(250, `incidents(first: 500) { edges { node { ${node} } } }`));
    expect(bomb.errors?.[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 2 ** 20);
    expect((await runOverSocket(client, "{ health { version } }")).data.health.version).toMatch(/^\d+\./);
  });

  it.each([
    ["too many aliases", aliased(31, "health { version }"), /31 aliases, over the limit of 30/],
    ["too costly a page", `{ incidents(first: 500) { edges { node { ${node} } } } logBatches(first: 500) { incidents { ${node} } } }`, /over the limit of 10000/],
  ])("refuses %s with QUERY_TOO_COMPLEX, as HTTP does", async (_what, query, message) => {
    const overSocket = await runOverSocket(connect(), query);
    const overHttp = await graphql(query);
    expect(overSocket.errors?.[0]).toEqual({ message: expect.stringMatching(message), extensions: { code: "QUERY_TOO_COMPLEX" } });
    expect(overHttp.body.errors[0]).toEqual(overSocket.errors?.[0]);
    expect(overHttp.status).toBe(400);
  });

  it("refuses too deep a query, even an invalid one, as HTTP does", async () => {
    const query = "{ incidents { edges { node { summaries { remediation { a { b { c { d } } } } } } } } }";
    const overSocket = await runOverSocket(connect(), query);
    expect(overSocket.errors?.[0]).toEqual({ message: expect.stringMatching(/nested too deeply/), extensions: { code: "QUERY_TOO_COMPLEX" } });
    const overHttp = await graphql(query);
    expect(overHttp.status).toBe(400);
    expect(overHttp.body.errors.map((e: any) => e.message)).toContain(overSocket.errors?.[0].message);
  });

  it("holds at most 20 operations per socket, then answers the next with an error", async () => {
    const client = connect();
    const stops = Array.from({ length: 20 }, () => client.subscribe({ query: "subscription { incidentCreated { id } }" }, { next: () => undefined, error: () => undefined, complete: () => undefined }));
    const refused = await runOverSocket(client, "subscription { incidentCreated { id } }");
    expect(refused.errors?.[0]).toEqual({ message: expect.stringMatching(/already runs 20 operations/), extensions: { code: "QUERY_TOO_COMPLEX" } });
    stops[0]();
    // Completing one makes room: the socket still works.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await runOverSocket(client, "{ health { version } }")).data.health.version).toMatch(/^\d+\./);
  });
});

describe("cost counts work, not fields", () => {
  it("refuses 4,999 aliased health checks without touching the database", async () => {
    queries = 0;
    const result = await graphql(aliased(4999, "health { database }"));
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(queries).toBe(0);
  });

  it("prices a database round trip: 15 health checks (within the alias limit) are refused", async () => {
    queries = 0;
    const result = await graphql(aliased(15, "health { database }"));
    expect(result.body.errors[0]).toEqual({ message: expect.stringMatching(/costs \d+, over the limit of 10000/), extensions: { code: "QUERY_TOO_COMPLEX" } });
    expect(queries).toBe(0);
  });

  it("runs at most one analyzeLogs per request, and creates no batch for two", async () => {
    const before = await db.prisma.logBatch.count();
    const result = await graphql(`mutation { a: analyzeLogs(input: { text: "one line" }) { id } b: analyzeLogs(input: { text: "another line" }) { id } }`);
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toEqual({ message: expect.stringMatching(/at most 1 analyzeLogs/), extensions: { code: "QUERY_TOO_COMPLEX" } });
    expect(await db.prisma.logBatch.count()).toBe(before);
  });
});

describe("the error contract", () => {
  it("answers a malformed JSON body with a JSON BAD_REQUEST, no HTML, paths or stack", async () => {
    const result = await post('{"query": "{ health { version } }"');
    expect(result.status).toBe(400);
    expect(result.type).toMatch(/application\/json/);
    expect(result.body).toEqual({ errors: [{ message: expect.stringMatching(/not valid JSON/), extensions: { code: "BAD_REQUEST" } }] });
  });

  it("answers a body that is not JSON with a 400 JSON error", async () => {
    const result = await post("{ health { version } }", "text/plain");
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("answers a variable of the wrong type with 400 BAD_USER_INPUT", async () => {
    const result = await graphql("query($n: Int!) { incidents(first: $n) { edges { node { id } } } }", { n: "many" });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toEqual({ message: expect.stringMatching(/\$n.*Int/), extensions: { code: "BAD_USER_INPUT" } });
  });

  it.each([
    ["search", "query($s: String) { incidents(filter: { search: $s }) { edges { node { id } } } }"],
    ["source", `mutation($s: String) { analyzeLogs(input: { text: "a line", source: $s }) { id } }`],
  ])("answers a NUL character in %s with 400 BAD_USER_INPUT", async (name, query) => {
    const result = await graphql(query, { s: "a\u0000b" });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({ message: expect.stringMatching(new RegExp(`${name} contains a NUL`)), extensions: { code: "BAD_USER_INPUT" } });
  });

  it.each([
    ["%", ["disk 100% full on <*>"]],
    ["_", ["user_id <*> logged in"]],
    ["\\", []],
  ])("searches for %s literally, not as a LIKE wildcard", async (search, templates) => {
    const result = await graphql("query($s: String) { incidents(filter: { search: $s }) { edges { node { templates { template } } } } }", { s: search });
    expect(result.body.data.incidents.edges.map((e: any) => e.node.templates[0].template)).toEqual(templates);
  });
});
