import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { analyzeLog, type AnalysisResult } from "../../../src/pipeline/run-pipeline";
import { openLineSource } from "../../../src/sources";
import {
  addQualityScore,
  claimBatch,
  createBatch,
  findBatchByContentHash,
  listQualityScores,
  markBatchFailed,
  saveAnalysis,
  type AnalysisInput,
} from "../../../src/store";
import { ConflictError, NotFoundError } from "../../../src/store/store-error";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";
import { REPO_DIR } from "../../support/run-flare";

const SAMPLE = path.join(REPO_DIR, "examples", "hdfs-sample.log");

function analysisInput(result: AnalysisResult, contentHash: string): AnalysisInput {
  const { detection } = result;
  return {
    batch: {
      source: "hdfs-sample.log",
      detectedFormat: detection.ingest.format,
      lineCount: detection.ingest.lines,
      byteCount: statSync(SAMPLE).size,
      contentHash,
      sessionCount: detection.scores.length,
      anomalyCount: detection.scores.filter((s) => s.anomaly).length,
      durationMs: 1234,
    },
    incidents: result.incidents,
    summaries: result.summaries,
  };
}

describe("saveAnalysis with real pipeline output", () => {
  let db: TestDatabase;
  let result: AnalysisResult;
  const hash = createHash("sha256").update(readFileSync(SAMPLE)).digest("hex");

  beforeAll(async () => {
    [db, result] = await Promise.all([openTestDatabase("analysis"), analyzeLog(openLineSource(SAMPLE))]);
  });
  afterAll(() => db.drop());

  it("round-trips the batch, every incident and every summary", async () => {
    expect(result.incidents.length).toBeGreaterThan(0);
    const saved = await saveAnalysis(db.prisma, analysisInput(result, hash));

    expect(saved.batch).toMatchObject({ status: "COMPLETED", detectedFormat: "hdfs", lineCount: 2000, incidentCount: result.incidents.length });
    const rows = await db.prisma.incident.findMany({ where: { batchId: saved.batch.id }, include: { summaries: true } });
    const byLocalId = new Map(rows.map((row) => [row.localId, row]));
    for (const incident of result.incidents) {
      const row = byLocalId.get(incident.id)!;
      expect(row.id).toBe(saved.incidentIds.get(incident.id));
      expect(row).toMatchObject({
        fingerprint: incident.fingerprint,
        severity: incident.severity,
        anomalyScore: incident.anomalyScore,
        status: "OPEN",
        sessionIds: incident.sessionIds,
        templates: incident.templates,
        representativeLines: incident.representativeLines,
        levels: incident.levels,
      });
      expect(row.startTime?.getTime()).toBe(incident.startTime);
      const summary = result.summaries.find((s) => s.incidentId === incident.id)!;
      expect(row.summaries).toHaveLength(1);
      expect(row.summaries[0]).toMatchObject({ provider: summary.provider, rootCause: summary.rootCause, remediation: summary.remediation });
    }
  });

  it("recognises re-submitted identical content by its hash and refuses a second copy", async () => {
    const earlier = await findBatchByContentHash(db.prisma, hash);
    expect(earlier).toMatchObject({ contentHash: hash, status: "COMPLETED" });
    expect(await findBatchByContentHash(db.prisma, "0".repeat(64))).toBeNull();
    await expect(saveAnalysis(db.prisma, analysisInput(result, hash))).rejects.toBeInstanceOf(ConflictError);
    await expect(createBatch(db.prisma, { source: "again", lineCount: 1, byteCount: 1, contentHash: hash })).rejects.toThrow(ConflictError);
  });

  it("writes nothing when any statement of the transaction fails", async () => {
    const before = await db.prisma.incident.count();
    const input = analysisInput(result, "f".repeat(64));
    // Two incidents with one pipeline id break the (batchId, localId) key after the batch insert.
    input.incidents = [...result.incidents, result.incidents[0]];
    await expect(saveAnalysis(db.prisma, input)).rejects.toBeInstanceOf(ConflictError);
    expect(await findBatchByContentHash(db.prisma, "f".repeat(64))).toBeNull();
    expect(await db.prisma.incident.count()).toBe(before);
  });

  it("finishes a batch made by createBatch, or marks it failed with the reason", async () => {
    const running = await createBatch(db.prisma, { source: "s", lineCount: 2000, byteCount: 10, contentHash: "a".repeat(64) });
    expect(running.status).toBe("RUNNING");
    const input = analysisInput(result, "a".repeat(64));
    const done = await saveAnalysis(db.prisma, { ...input, batch: { ...input.batch, id: running.id } });
    expect(done.batch).toMatchObject({ id: running.id, status: "COMPLETED" });

    const failing = await createBatch(db.prisma, { source: "s", lineCount: 1, byteCount: 1, contentHash: "b".repeat(64) });
    const failure = { code: "INTERNAL_SERVER_ERROR" as const, message: "analysis failed because of an internal error" };
    const failed = await markBatchFailed(db.prisma, failing.id, failure);
    expect(failed).toMatchObject({ status: "FAILED", failure });
    expect(failed.finishedAt).toBeInstanceOf(Date);
    await expect(markBatchFailed(db.prisma, "no-such-batch", failure)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("claims new and failed content for analysis, and hands back content stored or running", async () => {
    const input = { source: "claim", lineCount: 0, byteCount: 5, contentHash: "c".repeat(64) };
    // Two identical submissions at once: one claims the batch, the other gets that same batch.
    const [one, two] = await Promise.all([claimBatch(db.prisma, input), claimBatch(db.prisma, input)]);
    expect([one.claimed, two.claimed].sort()).toEqual([false, true]);
    expect(one.batch.id).toBe(two.batch.id);

    await markBatchFailed(db.prisma, one.batch.id, { code: "INTERNAL_SERVER_ERROR", message: "database went away" });
    const retried = await claimBatch(db.prisma, { ...input, source: "retry" });
    expect(retried).toMatchObject({ claimed: true, batch: { id: one.batch.id, status: "RUNNING", failure: null, finishedAt: null, source: "retry" } });

    expect(await claimBatch(db.prisma, { ...input, contentHash: hash })).toMatchObject({ claimed: false, batch: { status: "COMPLETED" } });
  });

  it("keeps skip counts by reason, with skippedLines as their sum", async () => {
    const input = analysisInput(result, "d".repeat(64));
    const skippedByReason = { empty: 2, "no-header": 1, unkeyed: 7 };
    const { batch } = await saveAnalysis(db.prisma, { ...input, batch: { ...input.batch, skippedByReason } });
    expect(batch).toMatchObject({ skippedLines: 10, skippedByReason, byteCount: statSync(SAMPLE).size });
    expect(await findBatchByContentHash(db.prisma, "d".repeat(64))).toEqual(batch);
  });

  it("keeps a judge's scores for a stored summary, with their mean", async () => {
    const summary = await db.prisma.summary.findFirstOrThrow();
    const marks = { judge: "offline-judge", relevance: 1, specificity: 0.5, actionability: 0.75, rationale: "names the block" };
    expect(await addQualityScore(db.prisma, summary.id, marks)).toMatchObject({ ...marks, mean: 0.75 });
    expect(await listQualityScores(db.prisma, summary.id)).toHaveLength(1);
    await expect(addQualityScore(db.prisma, "no-such-summary", marks)).rejects.toBeInstanceOf(NotFoundError);
  });
});
