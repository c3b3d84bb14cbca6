/** graphql-ws subscriptions over a real WebSocket: a batch's progress and its new incidents. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import pino from "pino";
import { startServer, type RunningServer } from "../../../src/api/server";
import { REPO_DIR } from "../../support/run-flare";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";

const SAMPLE = readFileSync(path.join(REPO_DIR, "examples", "hdfs-sample.log"), "utf8");

let db: TestDatabase;
let server: RunningServer;
let client: Client;

/** Collects events of one subscription until `done` says the stream has what the test needs. */
function collect<T>(query: string, done: (events: T[]) => boolean): Promise<T[]> {
  const events: T[] = [];
  return new Promise((resolve, reject) => {
    const stop = client.subscribe<T>({ query }, {
      next: ({ data }) => {
        events.push(data as T);
        if (done(events)) {
          stop();
          resolve(events);
        }
      },
      error: reject,
      complete: () => resolve(events),
    });
  });
}

beforeAll(async () => {
  db = await openTestDatabase("subscriptions");
  server = await startServer({ port: 0, prisma: db.prisma, logger: pino({ level: "silent" }) });
  client = createClient({ url: `${server.url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, lazy: false });
});

afterAll(async () => {
  await client.dispose();
  await server.close();
  await db.drop();
});

it("streams a batch's progress and each incident it stores", async () => {
  type Progress = { batchProgress: { batchId: string; stage: string; lines: number; incidents: number } };
  type Created = { incidentCreated: { id: string; batchId: string } };
  const progress = collect<Progress>(`subscription { batchProgress { batchId stage lines incidents } }`, (e) =>
    e.some((p) => ["COMPLETED", "FAILED"].includes(p.batchProgress.stage)),
  );
  const created = collect<Created>(`subscription { incidentCreated { id batchId } }`, (e) => e.length >= 2);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation($t: String!) { analyzeLogs(input: { text: $t }) { id incidentCount } }`, variables: { t: SAMPLE } }),
  });
  const batch = ((await response.json()) as { data: { analyzeLogs: { id: string; incidentCount: number } } }).data.analyzeLogs;
  const stages = (await progress).map((p) => p.batchProgress);
  expect(stages.map((p) => p.stage)).toEqual(["ANALYZING", "STORING", "COMPLETED"]);
  expect(stages.every((p) => p.batchId === batch.id)).toBe(true);
  expect(stages[2]).toMatchObject({ lines: 2000, incidents: batch.incidentCount });
  expect((await created).every((c) => c.incidentCreated.batchId === batch.id)).toBe(true);
});
