/**
 * An analysis that fails inside the server, for real: the Summary table is dropped from this
 * suite's schema, so storing the result fails in Postgres. Subscribers, the stored batch, the
 * GraphQL answer and the upload answer get a code and a safe message; only the log has the detail.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "graphql-ws";
import pino from "pino";
import WebSocket from "ws";
import { startServer, type RunningServer } from "../../../src/api/server";
import { createPrismaClient } from "../../../src/store";
import { REPO_DIR } from "../../support/run-flare";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";

const SAMPLE_LINES = readFileSync(path.join(REPO_DIR, "examples", "hdfs-sample.log"), "utf8").split("\n");
const TEXT = SAMPLE_LINES.slice(0, 600).join("\n");
const SAFE_MESSAGE = /^analysis failed because of an internal error; the server log has the details \(batch [0-9a-f-]{36}\)$/;

let db: TestDatabase;
let server: RunningServer;
let client: Client;
const logLines: string[] = [];
/** Error entries of the server log, from the `from`th line on. */
const loggedErrors = (from = 0) => logLines.slice(from).map((line) => JSON.parse(line)).filter((entry) => entry.level >= 50);

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: any[] };
}

/** The first result of a subscription that `wanted` accepts. */
function firstResult(query: string, wanted: (result: any) => boolean): Promise<any> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe<any>(
      { query },
      {
        next: (result) => {
          if (wanted(result)) {
            stop();
            resolve(result);
          }
        },
        error: reject,
        complete: () => reject(new Error("the subscription ended first")),
      },
    );
  });
}

const failedProgress = async () =>
  (await firstResult(`subscription { batchProgress { batchId stage error errorCode } }`, ({ data }) => data?.batchProgress.stage === "FAILED")).data.batchProgress;

beforeAll(async () => {
  db = await openTestDatabase("failure");
  await db.prisma.$executeRawUnsafe(`DROP TABLE "${db.schema}"."Summary" CASCADE`);
  const logger = pino({ level: "error" }, { write: (line: string) => logLines.push(line) });
  server = await startServer({ port: 0, prisma: db.prisma, logger });
  client = createClient({ url: `${server.url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, lazy: false });
});

afterAll(async () => {
  await client.dispose();
  await server.close();
  await db.drop();
});

describe("an internal analysis failure", () => {
  it("reaches subscribers, the stored batch and the client as a code and a safe message; the detail only the log", async () => {
    const progress = failedProgress();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const answer = await graphql(server.url, `mutation($text: String!) { analyzeLogs(input: { text: $text }) { id } }`, { text: TEXT });

    const event = await progress;
    expect(event).toEqual({ batchId: expect.any(String), stage: "FAILED", errorCode: "INTERNAL_SERVER_ERROR", error: expect.stringMatching(SAFE_MESSAGE) });
    expect(event.error).toContain(event.batchId);
    expect(answer.errors?.[0]).toMatchObject({ message: event.error, extensions: { code: "INTERNAL_SERVER_ERROR" } });

    const stored = await graphql(server.url, `query($id: ID!) { logBatch(id: $id) { status error errorCode } }`, { id: event.batchId });
    expect(stored.data.logBatch).toEqual({ status: "FAILED", error: event.error, errorCode: "INTERNAL_SERVER_ERROR" });
    expect(JSON.stringify([answer, event, stored])).not.toMatch(/Summary|does not exist|flare_test/);

    const [logged] = loggedErrors().filter((entry) => entry.batchId === event.batchId);
    expect(logged.err.message).toMatch(/Summary.*does not exist/);
    expect(logged.err.stack).toMatch(/\n\s+at /);
  });

  it("answers POST /upload with a 500, the code and the same safe message", async () => {
    const response = await fetch(`${server.url}/upload?source=upload.log`, { method: "POST", body: TEXT });
    expect(response.status).toBe(500);
    const { error } = (await response.json()) as any;
    expect(error).toEqual({ code: "INTERNAL_SERVER_ERROR", message: expect.stringMatching(SAFE_MESSAGE) });
    const batchId = error.message.match(/batch ([0-9a-f-]{36})/)[1];
    expect(loggedErrors().some((entry) => entry.batchId === batchId && /does not exist/.test(entry.err.message))).toBe(true);
  });
});

it("reports an unreachable database in health without the driver's message, which goes to the log", async () => {
  const lines: string[] = [];
  const unreachable = createPrismaClient("postgresql://flare-secret-user@127.0.0.1:1/nowhere");
  const other = await startServer({ port: 0, prisma: unreachable, logger: pino({ level: "error" }, { write: (line: string) => lines.push(line) }) });
  try {
    const { data } = await graphql(other.url, `{ health { database } }`);
    expect(data.health.database).toBe("unreachable; the server log has the details");
    expect(lines.map((line) => JSON.parse(line).err?.message).join("\n")).toMatch(/Can't reach database server at 127\.0\.0\.1:1/);
  } finally {
    await other.close();
    await unreachable.$disconnect();
  }
});

it("formats errors in subscription results like HTTP answers: no driver message, file path or source over the socket", async () => {
  // Without summaries nothing is written to the missing table, so the batch is stored; only
  // loading an incident's summaries for the subscriber fails.
  const logged = logLines.length;
  const created = firstResult(`subscription { incidentCreated { id summaries { id } } }`, () => true);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const text = SAMPLE_LINES.slice(0, 700).join("\n");
  const answer = await graphql(server.url, `mutation($text: String!) { analyzeLogs(input: { text: $text, summarize: false }) { status } }`, { text });
  expect(answer.data.analyzeLogs.status).toBe("COMPLETED");

  const { errors } = await created;
  expect(errors).toEqual([{ message: "internal error; the server log has the details", path: ["incidentCreated", "summaries"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
  expect(loggedErrors(logged).some((entry) => /Summary.*does not exist/.test(entry.err?.message))).toBe(true);
});
