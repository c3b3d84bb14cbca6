/**
 * The GraphQL API end to end over HTTP, as a client sees it: `flare serve` in its own process
 * and the client in another. analyzeLogs on the bundled 2k HDFS sample with the offline
 * summarizer (p50), and a page of 50 incidents with summaries with 100,000 incidents stored
 * (p99). Runs against DATABASE_URL (required; a role that may CHECKPOINT, such as a superuser)
 * in a throw-away `flare_bench_*` schema.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { Incident } from "../src/domain/incident";
import { createPrismaClient, migrateDatabase, saveAnalysis, type StoreClient } from "../src/store";
import { parseDatabaseUrl, quoteIdent, withSchema } from "../src/store/database-url";
import { startFlareServe, type FlareServeProcess } from "../tests/support/flare-serve";
import { REPO_DIR } from "./bench-support";
import type { LatencyRequest } from "./graphql-client";

const STORED_INCIDENTS = 100_000;
const PER_BATCH = 2_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function syntheticIncident(i: number): Incident {
  return {
    id: `inc-${i}`, fingerprint: `fp${i % 97}`, severity: (["critical", "high", "medium", "low"] as const)[i % 4], anomalyScore: (i % 1000) / 100,
    sessionIds: [`blk_${i}`], startTime: 1_226_262_918_000 + i, endTime: 1_226_262_918_000 + i + 5_000, components: ["dfs.DataNode"], levels: { INFO: 3 },
    templates: [{ templateId: 1, template: "Receiving block <*> src: <*> dest: <*>", count: 3 }], representativeLines: [{ lineId: i, text: "081109 203518 143 INFO dfs.DataNode: Receiving block" }],
  };
}

async function fillIncidents(prisma: StoreClient): Promise<void> {
  for (let start = 0; start < STORED_INCIDENTS; start += PER_BATCH) {
    const incidents = Array.from({ length: PER_BATCH }, (_, k) => syntheticIncident(start + k));
    const summaries = incidents.map((incident) => ({
      incidentId: incident.id, provider: "offline" as const, model: "offline-rules-v1", explanation: "bench", rootCause: "bench", severity: incident.severity, confidence: 0.5, remediation: [],
    }));
    const batch = { source: "bench", contentHash: `bench-${start}`, byteCount: 0, lineCount: 0, sessionCount: PER_BATCH, anomalyCount: PER_BATCH };
    await saveAnalysis(prisma, { batch, incidents, summaries });
  }
}

/** Runs the timed requests from a separate client process (bench/graphql-client.ts). */
function timeInClientProcess(request: LatencyRequest): number[] {
  const output = execFileSync(process.execPath, [path.join(__dirname, "graphql-client.js"), JSON.stringify(request)], { encoding: "utf8" });
  return JSON.parse(output) as number[];
}

/** Lets the database settle after the bulk load, as a long-running one would be. */
async function settle(prisma: StoreClient, schema: string): Promise<void> {
  // Without fresh statistics the planner scans all summaries instead of using the index, and
  // autovacuum and the checkpointer would otherwise still be digesting 100,000 inserts while
  // the reads are timed.
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) ${quoteIdent(schema)}."Incident", ${quoteIdent(schema)}."Summary"`);
  await prisma.$executeRawUnsafe("CHECKPOINT");
}

async function dropSchema(url: string): Promise<void> {
  const { connectionString, schema } = parseDatabaseUrl(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  await client.end();
}

async function measure(endpoint: string, prisma: StoreClient, schema: string, runs: number): Promise<Record<string, unknown>> {
  const analyzeMs = timeInClientProcess({
    endpoint,
    query: `mutation($t: String!) { analyzeLogs(input: { text: $t }) { id incidents { id severity } } }`,
    textFile: path.join(REPO_DIR, "examples", "hdfs-sample.log"),
    runs,
    warmup: 3,
  });
  await fillIncidents(prisma);
  await settle(prisma, schema);
  const pageMs = timeInClientProcess({
    endpoint,
    query: `{ incidents(first: 50) { edges { node { id severity templates { template count } summaries { explanation confidence } } } pageInfo { endCursor } } }`,
    runs: runs * 10,
    warmup: runs,
  });
  return {
    analyzeLogs: { sample: "examples/hdfs-sample.log (2,000 lines)", runs, p50Ms: percentile(analyzeMs, 50), p99Ms: percentile(analyzeMs, 99) },
    incidentsPage: { stored: await prisma.incident.count(), first: 50, runs: runs * 10, p50Ms: percentile(pageMs, 50), p99Ms: percentile(pageMs, 99) },
  };
}

export async function benchApi(runs = 100): Promise<Record<string, unknown>> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    throw new Error("the api bench needs DATABASE_URL (a Postgres server; it works in a throw-away schema)");
  }
  const schema = `flare_bench_${randomBytes(4).toString("hex")}`;
  const url = withSchema(base, schema);
  await migrateDatabase(url);
  const prisma = createPrismaClient(url);
  let server: FlareServeProcess | undefined;
  try {
    server = await startFlareServe({ DATABASE_URL: url });
    return await measure(`${server.origin}/graphql`, prisma, schema, runs);
  } finally {
    await server?.stop();
    await prisma.$disconnect();
    await dropSchema(url);
  }
}
