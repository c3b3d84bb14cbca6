/**
 * Analyze submitted text and store the result: the one flow behind the analyzeLogs mutation.
 * Identical content is recognised by its hash and answered with the batch already stored.
 */
import { createHash } from "node:crypto";
import type { LogBatch } from "../generated/prisma/client";
import type { FormatName } from "../pipeline/ingest";
import { analyzeLog } from "../pipeline/run-pipeline";
import { createBatch, findBatchByContentHash, markBatchFailed, saveAnalysis, type StoreClient } from "../store";
import { linesOfText } from "../sources";
import type { FlareMetrics } from "./metrics";

export interface AnalyzeRequest {
  text: string;
  source: string;
  format: FormatName | "auto";
}

function elapsedMs(since: number): number {
  return Math.round(performance.now() - since);
}

export async function analyzeAndStore(prisma: StoreClient, request: AnalyzeRequest, metrics: FlareMetrics): Promise<LogBatch> {
  const contentHash = createHash("sha256").update(request.text).digest("hex");
  const existing = await findBatchByContentHash(prisma, contentHash);
  if (existing) {
    return existing;
  }
  const byteCount = Buffer.byteLength(request.text);
  const batch = await createBatch(prisma, { source: request.source, contentHash, byteCount, lineCount: 0 });
  const started = performance.now();
  try {
    const { detection, incidents, summaries } = await analyzeLog(linesOfText(request.text), { format: request.format });
    const { batch: saved } = await saveAnalysis(prisma, {
      batch: {
        id: batch.id,
        source: request.source,
        contentHash,
        byteCount,
        lineCount: detection.ingest.lines,
        detectedFormat: detection.ingest.format,
        sessionCount: detection.scores.length,
        anomalyCount: detection.scores.filter((s) => s.anomaly).length,
        skippedLines: Object.values(detection.ingest.skipped).reduce((a, b) => a + (b ?? 0), 0),
        durationMs: elapsedMs(started),
      },
      incidents,
      summaries,
    });
    metrics.batchesAnalyzed.inc({ status: "completed" });
    metrics.linesAnalyzed.inc(detection.ingest.lines);
    incidents.forEach((incident) => metrics.incidentsBySeverity.inc({ severity: incident.severity }));
    return saved;
  } catch (error) {
    metrics.batchesAnalyzed.inc({ status: "failed" });
    await markBatchFailed(prisma, batch.id, (error as Error).message);
    throw error;
  }
}
