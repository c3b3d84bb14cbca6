/**
 * The single composition root: wires ingest → parse → features → detect → incidents →
 * summarize. The CLI, the API and sweeps call these functions; nobody else wires stages.
 * It does no I/O itself: lines arrive as an async iterable from whichever edge owns the source.
 */
import type { LogRecord } from "../domain/log-record";
import type { Incident } from "../domain/incident";
import type { IncidentSummary } from "../domain/incident-summary";
import type { Session, SessionKeying } from "../domain/session";
import type { IngestStats } from "./ingest";
import { forEachParsedRecord, type ParseOptions, type PipelineInput } from "./parse-log";
import { Drain } from "./parse";
import { FeatureVocabulary, resolveSessionKeying, SessionCollector } from "./features";
import {
  DEFAULT_DETECTION_CONFIG,
  detectAnomalies,
  featureSpecOf,
  runDirectly,
  type AnomalyDetection,
  type DetectionConfig,
  type DetectionStep,
  type StepRunner,
} from "./detect";
import { groupIncidents } from "./incidents";
import { offlineSummarizer, type Summarizer } from "./summarize";

// ingest → parse is in parse-log.ts, so that `flare parse` loads no detector.
export { parseLog, type ParsedLog, type ParseOptions, type PipelineInput } from "./parse-log";
/** For edges that store text of their own (a batch's source name) beside the log's. */
export { redactSecrets } from "./ingest";

export interface DetectOptions extends ParseOptions {
  session?: SessionKeying;
  detection?: Partial<DetectionConfig>;
}

export interface SessionDetection extends AnomalyDetection {
  /** The columns the detector was fitted on, to persist beside `detector.toJSON()`. */
  vocabulary: FeatureVocabulary;
}

export interface DetectionResult extends SessionDetection {
  keying: SessionKeying;
  drain: Drain;
  ingest: IngestStats;
  collector: SessionCollector;
}

/** Records are held back until enough are seen to pick the session keying, then replayed. */
const KEYING_SAMPLE_RECORDS = 500;

async function collectSessions(lines: PipelineInput, options: DetectOptions, keepEvidence: boolean) {
  const pending: Array<[LogRecord, number]> = [];
  let collector: SessionCollector | undefined;
  let keying: SessionKeying = options.session ?? { kind: "auto" };
  const startCollector = (): SessionCollector => {
    keying = resolveSessionKeying(keying, pending.map(([record]) => record));
    const created = new SessionCollector(keying, { keepEvidence });
    for (const [record, templateId] of pending) {
      created.add(record, templateId);
    }
    pending.length = 0;
    return created;
  };
  const parsed = await forEachParsedRecord(lines, options, (record, templateId) => {
    if (collector) {
      collector.add(record, templateId);
      return;
    }
    pending.push([record, templateId]);
    if (pending.length >= KEYING_SAMPLE_RECORDS) {
      collector = startCollector();
    }
  });
  return { ...parsed, collector: collector ?? startCollector(), keying };
}

export type SessionDetectionStep = "features" | DetectionStep;

/**
 * features → detect on one set of sessions, fitting and scoring the same rows: the one wiring
 * of these stages (detectLog, tests and benchmarks all call it). `runStep` sees each step.
 */
export function detectSessionsOf(
  sessions: readonly Session[],
  detection: Partial<DetectionConfig> = {},
  runStep: StepRunner<SessionDetectionStep> = runDirectly,
): SessionDetection {
  const config = { ...DEFAULT_DETECTION_CONFIG, ...detection };
  const { vocabulary, matrix } = runStep("features", () => FeatureVocabulary.fitTransform(sessions, featureSpecOf(config)));
  return { ...detectAnomalies({ matrix, sessions }, config, runStep), vocabulary };
}

/** ingest → parse → features → detect: an anomaly score and verdict per session. */
export async function detectLog(lines: PipelineInput, options: DetectOptions = {}, keepEvidence = false): Promise<DetectionResult> {
  const { drain, ingest, collector, keying } = await collectSessions(lines, options, keepEvidence);
  return { keying, ...detectSessionsOf(collector.sessions(), options.detection), drain, ingest, collector };
}

export interface AnalyzeOptions extends DetectOptions {
  summarizer?: Summarizer;
  /** False leaves incidents unexplained (no summaries); the default explains every one. */
  summarize?: boolean;
}

export interface AnalysisResult {
  detection: DetectionResult;
  incidents: Incident[];
  summaries: IncidentSummary[];
}

/** The whole pipeline: explained incidents from raw lines. */
export async function analyzeLog(lines: PipelineInput, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const detection = await detectLog(lines, options, true);
  const anomalous = detection.scores
    .filter((s) => s.anomaly)
    .map((s) => ({
      evidence: detection.collector.evidence(s.sessionId)!,
      score: s.score,
      attributions: detection.attributions.get(s.sessionId),
    }));
  const incidents = groupIncidents(anomalous, (id) => detection.drain.template(id));
  const summarizer = options.summarizer ?? offlineSummarizer;
  const summaries: IncidentSummary[] = [];
  for (const incident of options.summarize === false ? [] : incidents) {
    summaries.push(await summarizer.summarize(incident));
  }
  return { detection, incidents, summaries };
}
