/**
 * `flare serve` as users start it: the built CLI in its own process, on a database given by
 * DATABASE_URL (migrated at start-up) or, with none, on an embedded Postgres in a data directory
 * that keeps its incidents across restarts. It stops like a service: SIGTERM or SIGINT finishes
 * open requests, closes subscriptions and the database, releases the data directory, exits 0.
 * Users have no NODE_ENV=test (jest's), under which Apollo skips its own signal handling: those
 * tests run with NODE_ENV unset and =production.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here */
import { once } from "node:events";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";
import { startFlareServe } from "../../support/flare-serve";
import { REPO_DIR } from "../../support/run-flare";
import { runFlareAsync } from "../../support/run-flare-async";
import { dropTestSchema, testSchemaUrl } from "../../support/test-database";

const SAMPLE = readFileSync(path.join(REPO_DIR, "examples", "hdfs-sample.log"), "utf8");
const MIGRATIONS = readdirSync(path.join(REPO_DIR, "prisma", "migrations")).filter((name) => /^\d+_/.test(name)).sort();

async function graphql(origin: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${origin}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return response.json();
}

const ANALYZE = `mutation($text: String!) { analyzeLogs(input: { text: $text, source: "cli-serve" }) { id status incidents { id severity } } }`;

/** pino's JSON lines on stderr, parsed. */
const logLines = (stderr: string): any[] => stderr.trim().split("\n").map((line) => JSON.parse(line));

/**
 * A POST /graphql that stays open until `finish`: it asks for 100 Continue, which the server
 * sends once it has read the headers (the request is then open on its side), and sends half the
 * body then, the rest at `finish`.
 */
function heldPost(origin: string, body: string) {
  const bytes = Buffer.from(body);
  const request = http.request(new URL("/graphql", origin), {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": bytes.length, expect: "100-continue" },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.on("error", reject);
  });
  request.flushHeaders();
  const half = bytes.length >> 1;
  const opened = once(request, "continue").then(() => void request.write(bytes.subarray(0, half)));
  return { opened, finish: () => (request.end(bytes.subarray(half)), response) };
}

/** An incidentCreated subscription over graphql-ws; `closed` resolves with the close code. */
async function subscribe(origin: string): Promise<{ closed: Promise<number> }> {
  const socket = new WebSocket(`${origin.replace("http", "ws")}/graphql`, "graphql-transport-ws");
  const closed = once(socket, "close").then(([code]) => code as number);
  await once(socket, "open");
  socket.send(JSON.stringify({ type: "connection_init" }));
  const [ack] = await once(socket, "message");
  expect(JSON.parse(String(ack))).toEqual({ type: "connection_ack" });
  socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription { incidentCreated { id } }" } }));
  return { closed };
}

// One embedded data directory for the whole file (its first start runs initdb, which is slow).
const home = mkdtempSync(path.join(os.tmpdir(), "flare-serve-"));
const pgData = path.join(home, "pgdata");
const embedded = { DATABASE_URL: "", FLARE_PGDATA: pgData };
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe("flare serve", () => {
  it("migrates DATABASE_URL, serves the API with request logs, and shuts down cleanly on SIGTERM", async () => {
    const { url } = testSchemaUrl("serve");
    const server = await startFlareServe({ DATABASE_URL: url });
    try {
      expect(await (await fetch(`${server.origin}/healthz`)).json()).toEqual({ status: "ok" });
      const analyzed = await graphql(server.origin, ANALYZE, { text: SAMPLE });
      expect(analyzed.data.analyzeLogs).toMatchObject({ status: "COMPLETED", incidents: expect.arrayContaining([expect.objectContaining({ severity: expect.any(String) })]) });
      const page = await graphql(server.origin, `{ incidents(first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
      expect(page.data.incidents.edges).toHaveLength(2);
      const ide = await fetch(`${server.origin}/graphql`, { headers: { accept: "text/html" } });
      expect(ide.headers.get("content-type")).toMatch(/text\/html/);
      expect(await (await fetch(`${server.origin}/metrics`)).text()).toMatch(/flare_batches_analyzed_total\{status="completed"\} 1/);
    } finally {
      expect(await server.stop("SIGTERM")).toBe(0);
      await dropTestSchema(url);
    }
    const lines = logLines(server.stderr());
    expect(lines.find((l) => l.msg === "flare is serving")).toMatchObject({ migrationsApplied: MIGRATIONS, embedded: false });
    // One line per request with method, path, status and time; probes and headers stay out.
    expect(lines.filter((l) => l.req?.url === "/graphql" && l.req.method === "POST")).toHaveLength(2);
    expect(lines.find((l) => l.req?.url === "/graphql")).toMatchObject({ res: { statusCode: 200 }, responseTime: expect.any(Number) });
    expect(lines.some((l) => l.req?.url === "/healthz" || l.req?.headers)).toBe(false);
    expect(lines.slice(-2).map((l) => l.msg)).toEqual(["shutting down", "stopped"]);
  });

  it("runs on an embedded Postgres when DATABASE_URL is unset, and keeps its incidents across restarts", async () => {
    const first = await startFlareServe(embedded);
    const analyzed = await graphql(first.origin, ANALYZE, { text: SAMPLE });
    expect(await first.stop()).toBe(0);
    expect(logLines(first.stderr()).find((l) => l.msg === "flare is serving")).toMatchObject({ embedded: true });

    const second = await startFlareServe(embedded);
    try {
      const batch = await graphql(second.origin, `query($id: ID!) { logBatch(id: $id) { status incidents { id } } }`, { id: analyzed.data.analyzeLogs.id });
      expect(batch.data.logBatch).toEqual({ status: "COMPLETED", incidents: analyzed.data.analyzeLogs.incidents.map(({ id }: any) => ({ id })) });
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});

describe.each([
  ["NODE_ENV unset", undefined],
  ["NODE_ENV=production", "production"],
])("flare serve with %s, on an embedded Postgres", (_label, nodeEnv) => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "on %s answers the open request in full, closes subscriptions, releases the data directory and exits 0",
    async (signal) => {
      const server = await startFlareServe({ ...embedded, NODE_ENV: nodeEnv });
      expect(existsSync(`${pgData}.lock`)).toBe(true);
      const subscription = await subscribe(server.origin);
      // Content of its own, so the server analyzes it instead of answering with a stored batch.
      const post = heldPost(server.origin, JSON.stringify({ query: ANALYZE, variables: { text: `${SAMPLE}\n${signal} ${nodeEnv}\n` } }));
      await post.opened;

      const exited = server.stop(signal);
      await server.logged("shutting down");
      const response = await post.finish();

      expect(response.status).toBe(200);
      expect(JSON.parse(response.body).data.analyzeLogs).toMatchObject({ status: "COMPLETED", incidents: expect.any(Array) });
      expect(await subscription.closed).toBe(1001);
      expect(await exited).toBe(0);
      expect(existsSync(`${pgData}.lock`)).toBe(false);
      expect(logLines(server.stderr()).at(-1).msg).toBe("stopped");
    },
  );
});

describe("flare serve says what to do, in one line with exit code 2, when", () => {
  it("its port is in use, and leaves no lock behind", async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as net.AddressInfo;
    try {
      const run = await runFlareAsync(["serve", "--port", String(port)], embedded);
      expect(run.stderr).toBe(`flare: port ${port} is in use; pass --port\n`);
      expect(run.status).toBe(2);
      expect(existsSync(`${pgData}.lock`)).toBe(false);
    } finally {
      taken.close();
    }
  });

  it("another flare serves its data directory", async () => {
    const first = await startFlareServe(embedded);
    try {
      const second = await runFlareAsync(["serve", "--port", "0"], embedded);
      expect(second.stderr).toBe(
        `flare: ${pgData} is in use by process ${first.pid} (another flare); stop it, set FLARE_PGDATA to another directory, ` +
          "or set DATABASE_URL to share a Postgres server\n",
      );
      expect(second.status).toBe(2);
    } finally {
      expect(await first.stop()).toBe(0);
    }
  });

  it("DATABASE_URL names no running Postgres", async () => {
    const run = await runFlareAsync(["serve", "--port", "0"], { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/x" });
    expect(run.stderr).toBe(
      "flare: cannot reach Postgres at 127.0.0.1:1 (ECONNREFUSED); DATABASE_URL should name a running Postgres server (or leave it unset for the embedded one)\n",
    );
    expect(run.status).toBe(2);
  });

  it("--host is not an address of this machine", async () => {
    const run = await runFlareAsync(["serve", "--port", "0", "--host", "192.0.2.1"], embedded);
    expect(run.stderr).toMatch(/^flare: --host 192\.0\.2\.1 is not an address of this machine; pass --host 127\.0\.0\.1/);
    expect(run.status).toBe(2);
  });
});
