/**
 * Analyze submitted text and store the result: the one flow behind the analyzeLogs mutation.
 * Identical content is recognised by its hash and answered with the batch already stored.
 * Progress and new incidents are published for subscribers as they happen.
 */
import { createHash } from "node:crypto";
import { totalSkipped } from "../domain/log-record";
import type { LogBatch } from "../generated/prisma/client";
import type { FormatName } from "../pipeline/ingest";
import { analyzeLog, type AnalysisResult } from "../pipeline/run-pipeline";
import type { SplitLines } from "../sources";
import { claimBatch, getBatchIncidents, markBatchFailed, saveAnalysis } from "../store";
import type { ApiContext } from "./context.type";
import { recordSummaryUsage } from "./metrics";
import { Topic } from "./pubsub";
import { toIncident } from "./row-mappers";
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
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

type Services = Pick<ApiContext, "prisma" | "metrics" | "pubSub">;

async function store(services: Services, batch: LogBatch, request: AnalyzeRequest, result: AnalysisResult, startedMs: number): Promise<LogBatch> {
  const { detection, incidents, summaries } = result;
  const { batch: saved } = await saveAnalysis(services.prisma, {
    batch: {
      id: batch.id,
      source: request.source,
      contentHash: batch.contentHash,
      byteCount: Number(batch.byteCount),
      lineCount: detection.ingest.lines,
      detectedFormat: detection.ingest.format,
      sessionCount: detection.scores.length,
      anomalyCount: detection.scores.filter((s) => s.anomaly).length,
      // Both the splitter (binary, overlong lines) and ingest (unparseable headers) leave lines out.
      skippedLines: totalSkipped(request.lines.skipped) + totalSkipped(detection.ingest.skipped),
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

async function publishStored(services: Services, batch: LogBatch): Promise<void> {
  const rows = await getBatchIncidents(services.prisma, batch.id);
  rows.forEach((row) => services.pubSub.publish(Topic.INCIDENT_CREATED, toIncident(row)));
  services.pubSub.publish(Topic.BATCH_PROGRESS, { batchId: batch.id, stage: BatchStage.COMPLETED, lines: batch.lineCount, incidents: rows.length });
}

export async function analyzeAndStore(services: Services, request: AnalyzeRequest): Promise<LogBatch> {
  const { contentHash, byteCount } = request;
  const { batch, claimed } = await claimBatch(services.prisma, { source: request.source, contentHash, byteCount, lineCount: 0 });
  if (!claimed) {
    return batch;
  }
  const progress = (stage: BatchStage, lines = 0, incidents = 0, error?: string) =>
    services.pubSub.publish(Topic.BATCH_PROGRESS, { batchId: batch.id, stage, lines, incidents, error });
  const startedMs = performance.now();
  try {
    progress(BatchStage.ANALYZING);
    const result = await analyzeLog(request.lines, { format: request.format, summarize: request.summarize });
    progress(BatchStage.STORING, result.detection.ingest.lines, result.incidents.length);
    const saved = await store(services, batch, request, result, startedMs);
    await publishStored(services, saved);
    return saved;
  } catch (error) {
    services.metrics.batchesAnalyzed.inc({ status: "failed" });
    progress(BatchStage.FAILED, 0, 0, (error as Error).message);
    await markBatchFailed(services.prisma, batch.id, (error as Error).message);
    throw error;
  }
}
