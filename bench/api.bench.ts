/**
 * The GraphQL API end to end over HTTP, as a client sees it: `flare serve` in its own process,
 * this one the client. analyzeLogs on the bundled 2k HDFS sample with the offline summarizer
 * (p50), and a page of 50 incidents with summaries with 100,000 incidents stored (p99). Runs
 * against DATABASE_URL (required) in a throw-away `flare_bench_*` schema.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Incident } from "../src/domain/incident";
import { createPrismaClient, migrateDatabase, saveAnalysis, type StoreClient } from "../src/store";
import { parseDatabaseUrl, quoteIdent, withSchema } from "../src/store/database-url";
import { startFlareServe } from "../tests/support/flare-serve";
import { REPO_DIR } from "./bench-support";

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

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }
  return performance.now() - started;
}

export async function benchApi(runs = 30): Promise<Record<string, unknown>> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    throw new Error("the api bench needs DATABASE_URL (a Postgres server; it works in a throw-away schema)");
  }
  const url = withSchema(base, `flare_bench_${randomBytes(4).toString("hex")}`);
  await migrateDatabase(url);
  const prisma = createPrismaClient(url);
  const server = await startFlareServe({ DATABASE_URL: url });
  const endpoint = `${server.origin}/graphql`;
  try {
    const sample = readFileSync(path.join(REPO_DIR, "examples", "hdfs-sample.log"), "utf8");
    const analyze = `mutation($t: String!) { analyzeLogs(input: { text: $t }) { id incidents { id severity } } }`;
    const analyzeMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      analyzeMs.push(await post(endpoint, analyze, { t: `${sample}# bench run ${i}\n` }));
    }
    await fillIncidents(prisma);
    // Autovacuum analyzes tables after bulk inserts; do it now so the planner sees the steady
    // state (with stale statistics it scans all summaries instead of using the index).
    const schema = quoteIdent(parseDatabaseUrl(url).schema);
    await prisma.$executeRawUnsafe(`ANALYZE ${schema}."Incident", ${schema}."Summary"`);
    const page = `{ incidents(first: 50) { edges { node { id severity templates { template count } summaries { explanation confidence } } } pageInfo { endCursor } } }`;
    const pageMs: number[] = [];
    for (let i = 0; i < runs * 11; i++) {
      const ms = await post(endpoint, page);
      // The first `runs` requests warm up the JIT and the connection pool; steady state is measured.
      if (i >= runs) {
        pageMs.push(ms);
      }
    }
    return {
      analyzeLogs: { sample: "examples/hdfs-sample.log (2,000 lines)", runs, p50Ms: percentile(analyzeMs, 50), p99Ms: percentile(analyzeMs, 99) },
      incidentsPage: { stored: await prisma.incident.count(), first: 50, runs: runs * 10, p50Ms: percentile(pageMs, 50), p99Ms: percentile(pageMs, 99) },
    };
  } finally {
    await server.stop();
    await prisma.$disconnect();
    const { connectionString, schema } = parseDatabaseUrl(url);
    const client = new pg.Client({ connectionString });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
    await client.end();
  }
}
