/**
 * Analyze submitted text and store the result: the one flow behind the analyzeLogs mutation.
 * Identical content is recognised by its hash and answered with the batch already stored.
 * Progress and new incidents are published for subscribers as they happen.
 */
import { createHash } from "node:crypto";
import { addSkipCounts, type BatchFailure, type StoredBatch } from "../domain/stored-batch";
import type { FormatName } from "../pipeline/ingest";
import { analyzeLog, redactSecrets, type AnalysisResult } from "../pipeline/run-pipeline";
import type { SplitLines } from "../sources";
import { claimBatch, getBatchIncidents, markBatchFailed, releaseBatch, saveAnalysis } from "../store";
import { batchFailureOf, errorOfFailure } from "./analysis-failure";
import type { ApiContext } from "./context.type";
import { recordSummaryUsage } from "./metrics";
import { NothingToAnalyzeError, refusalOf } from "./refused-input";
import { Topic } from "./pubsub";
import { toIncident } from "./graphql-mappers";
import { BatchStage } from "./types/batch-progress.type";

/** A log to analyze: its lines, and the hash and size of its bytes (known before analysis). */
export interface AnalyzeRequest {
  lines: SplitLines;
  contentHash: string;
  byteCount: number;
  source: string;
  format: FormatName | "auto";
  /** Explain each incident (false stores incidents without summaries). */
  summarize: boolean;
  /** The server-side file the lines come from, if any: messages to the submitter never show its path. */
  tempFile?: string;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

type Services = Pick<ApiContext, "prisma" | "metrics" | "pubSub" | "logger">;

async function store(services: Services, batch: StoredBatch, request: AnalyzeRequest, result: AnalysisResult, startedMs: number): Promise<StoredBatch> {
  const { detection, incidents, summaries } = result;
  const { batch: saved } = await saveAnalysis(services.prisma, {
    batch: {
      id: batch.id,
      source: request.source,
      contentHash: batch.contentHash,
      byteCount: batch.byteCount,
      lineCount: detection.ingest.lines,
      detectedFormat: detection.ingest.format,
      sessionCount: detection.scores.length,
      anomalyCount: detection.scores.filter((s) => s.anomaly).length,
      // The splitter (binary, overlong lines) and ingest (unparseable headers) leave lines out;
      // entries that name no session are parsed but never scored.
      skippedByReason: addSkipCounts(request.lines.skipped, detection.ingest.skipped, { unkeyed: detection.collector.unkeyedRecords }),
      durationMs: Math.round(performance.now() - startedMs),
    },
    incidents,
    summaries,
  });
  services.metrics.batchesAnalyzed.inc({ status: "completed" });
  services.metrics.linesAnalyzed.inc(detection.ingest.lines);
  recordSummaryUsage(services.metrics, summaries);
  incidents.forEach((incident) => services.metrics.incidentsBySeverity.inc({ severity: incident.severity }));
  return saved;
}

async function publishStored(services: Services, batch: StoredBatch): Promise<void> {
  const incidents = await getBatchIncidents(services.prisma, batch.id);
  incidents.forEach((incident) => services.pubSub.publish(Topic.INCIDENT_CREATED, toIncident(incident)));
  services.pubSub.publish(Topic.BATCH_PROGRESS, { batchId: batch.id, stage: BatchStage.COMPLETED, lines: batch.lineCount, incidents: incidents.length });
}

export async function analyzeAndStore(services: Services, unredacted: AnalyzeRequest): Promise<StoredBatch> {
  // The source name is stored and served like the log's own text (`https://ops:pw@host/…` happens).
  const request = { ...unredacted, source: redactSecrets(unredacted.source).text };
  const { contentHash, byteCount } = request;
  const { batch, claimed } = await claimBatch(services.prisma, { source: request.source, contentHash, byteCount, lineCount: 0 });
  if (!claimed) {
    return batch;
  }
  const progress = (stage: BatchStage, lines = 0, incidents = 0, failure?: BatchFailure) =>
    services.pubSub.publish(Topic.BATCH_PROGRESS, { batchId: batch.id, stage, lines, incidents, error: failure?.message, errorCode: failure?.code });
  const startedMs = performance.now();
  let saved: StoredBatch;
  try {
    progress(BatchStage.ANALYZING);
    const result = await analyzeLog(request.lines, { format: request.format, summarize: request.summarize });
    // Known only once read: a 10 MB single line or binary data is all skipped, with no record left.
    if (result.detection.ingest.records === 0) {
      throw new NothingToAnalyzeError(addSkipCounts(request.lines.skipped, result.detection.ingest.skipped));
    }
    progress(BatchStage.STORING, result.detection.ingest.lines, result.incidents.length);
    saved = await store(services, batch, request, result, startedMs);
  } catch (error) {
    const refusal = refusalOf(error, request.tempFile);
    if (refusal) {
      progress(BatchStage.FAILED, 0, 0, { code: "BAD_USER_INPUT", message: refusal.message });
      await releaseBatch(services.prisma, batch.id);
      throw refusal;
    }
    services.metrics.batchesAnalyzed.inc({ status: "failed" });
    const failure = batchFailureOf(error, batch.id, request.tempFile);
    if (failure.code === "INTERNAL_SERVER_ERROR") {
      services.logger.error({ err: error, batchId: batch.id }, "analysis failed");
    }
    progress(BatchStage.FAILED, 0, 0, failure);
    await markBatchFailed(services.prisma, batch.id, failure);
    throw errorOfFailure(failure);
  }
  // Outside the try: the batch is stored, and failing to announce it does not make it FAILED.
  await publishStored(services, saved);
  return saved;
}
