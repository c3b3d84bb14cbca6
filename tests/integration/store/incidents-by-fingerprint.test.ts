/** "All incidents of this problem": the same problem analyzed in two batches, found again by its fingerprint. */
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { startServer, type RunningServer } from "../../../src/api/server";
import { analyzeLog } from "../../../src/pipeline/run-pipeline";
import { linesOfText } from "../../../src/sources";
import { listIncidents, saveAnalysis } from "../../../src/store";
import { REPO_DIR } from "../../support/run-flare";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";
import { shuffled } from "../../unit/incidents/fixtures/session-builder";

const SAMPLE_LINES = readFileSync(path.join(REPO_DIR, "examples", "hdfs-sample.log"), "utf8").split("\n").filter(Boolean);

/** Runs the real pipeline over the lines and stores the result as one batch. */
async function analyzeAndSave(db: TestDatabase, lines: string[]): Promise<{ batchId: string; fingerprints: string[] }> {
  const text = lines.join("\n");
  const { detection, incidents } = await analyzeLog(linesOfText(text), { summarize: false });
  const contentHash = createHash("sha256").update(text).digest("hex");
  const batch = {
    source: "hdfs-sample.log",
    lineCount: lines.length,
    byteCount: Buffer.byteLength(text),
    contentHash,
    sessionCount: detection.scores.length,
    anomalyCount: incidents.length,
  };
  const saved = await saveAnalysis(db.prisma, { batch, incidents, summaries: [] });
  return { batchId: saved.batch.id, fingerprints: incidents.map((incident) => incident.fingerprint) };
}

describe("incidents by fingerprint", () => {
  let db: TestDatabase;
  let server: RunningServer;
  let first: { batchId: string; fingerprints: string[] };
  let second: { batchId: string; fingerprints: string[] };

  beforeAll(async () => {
    db = await openTestDatabase("fingerprint");
    // The same log with its lines in another order: the same problems, a new batch (another hash).
    first = await analyzeAndSave(db, SAMPLE_LINES);
    second = await analyzeAndSave(db, shuffled(SAMPLE_LINES, 11));
    server = await startServer({ port: 0, prisma: db.prisma, logger: pino({ level: "silent" }) });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await db.drop();
  });

  async function graphql(query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }> {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: any[] };
  }

  it("the store returns the problem's incident from each batch, through the fingerprint index", async () => {
    expect(first.fingerprints.length).toBeGreaterThan(1);
    expect(new Set(first.fingerprints).size).toBe(first.fingerprints.length);
    for (const fingerprint of first.fingerprints) {
      const page = await listIncidents(db.prisma, { fingerprint }, { first: 10 });
      expect(page.nodes.map((node) => node.batchId).sort()).toEqual([first.batchId, second.batchId].sort());
    }
    const indexes = await db.prisma.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE schemaname = ${db.schema} AND tablename = 'Incident'`;
    expect(indexes.map((index) => index.indexdef)).toContainEqual(expect.stringMatching(/USING btree \(fingerprint\)$/));
  });

  it("the incidents query filters by fingerprint, and refuses one that cannot be a fingerprint", async () => {
    const query = `query($fingerprint: String) {
      incidents(first: 10, filter: { fingerprint: $fingerprint }) { edges { node { batchId fingerprint } } }
    }`;
    const result = await graphql(query, { fingerprint: first.fingerprints[0] });
    expect(result.errors).toBeUndefined();
    const nodes = result.data.incidents.edges.map((edge: any) => edge.node);
    expect(nodes.map((node: any) => node.batchId).sort()).toEqual([first.batchId, second.batchId].sort());
    expect(nodes.every((node: any) => node.fingerprint === first.fingerprints[0])).toBe(true);

    const refused = await graphql(query, { fingerprint: "not a fingerprint" });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/fingerprint is the 12/) });
  });
});
