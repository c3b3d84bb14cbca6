/**
 * `flare serve` as users start it: the built CLI in its own process, on a database given by
 * DATABASE_URL (migrated at start-up) or, with none, on an embedded Postgres in a data directory
 * that keeps its incidents across restarts. SIGTERM drains and exits cleanly.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startFlareServe } from "../../support/flare-serve";
import { REPO_DIR } from "../../support/run-flare";
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
    expect(lines.at(-1).msg).toBe("shutting down");
  });

  it("runs on an embedded Postgres when DATABASE_URL is unset, and keeps its incidents across restarts", async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), "flare-serve-embedded-"));
    const env = { DATABASE_URL: "", FLARE_PGDATA: path.join(home, "pgdata") };
    try {
      const first = await startFlareServe(env);
      const analyzed = await graphql(first.origin, ANALYZE, { text: SAMPLE });
      expect(await first.stop()).toBe(0);
      expect(logLines(first.stderr()).find((l) => l.msg === "flare is serving")).toMatchObject({ embedded: true });

      const second = await startFlareServe(env);
      try {
        const batch = await graphql(second.origin, `query($id: ID!) { logBatch(id: $id) { status incidents { id } } }`, { id: analyzed.data.analyzeLogs.id });
        expect(batch.data.logBatch).toEqual({ status: "COMPLETED", incidents: analyzed.data.analyzeLogs.incidents.map(({ id }: any) => ({ id })) });
      } finally {
        expect(await second.stop()).toBe(0);
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
