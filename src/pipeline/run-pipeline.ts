/**
 * The single composition root: wires ingest → parse → features → detect → incidents →
 * summarize. The CLI, the API and sweeps call these functions; nobody else wires stages.
 * It does no I/O itself: lines arrive as an async iterable from whichever edge owns the source.
 */
import type { LogRecord } from "../domain/log-record";
import type { Incident } from "../domain/incident";
import type { IncidentSummary } from "../domain/incident-summary";
import type { SessionKeying } from "../domain/session";
import type { Attribution, SessionScore } from "../domain/session-score";
import type { FormatName, IngestStats } from "./ingest";
import { maskRecords, type LineBatches, type MaskedRecords } from "./masked-records";
import { Drain } from "./parse";
import { buildFeatureMatrix, resolveSessionKeying, SessionCollector } from "./features";
import { DEFAULT_DETECTION_CONFIG, detectAnomalies, featureSpecOf, type DetectionConfig, type LineAttribution } from "./detect";
import { groupIncidents } from "./incidents";
import { offlineSummarizer, type Summarizer } from "./summarize";

/** Raw line batches (ingest and masking run here) or records masked elsewhere (a worker thread). */
export type PipelineInput = LineBatches | MaskedRecords;

export interface ParseOptions {
  /** Ingest settings; ignored for MaskedRecords, which were ingested with their own. */
  format?: FormatName | "auto";
  /** Year assumed for headers without one (syslog); the caller knows the source, the stage does not. */
  referenceYear?: number;
  /** A miner restored from a snapshot, to continue with known templates. */
  drain?: Drain;
}

export interface ParsedLog {
  /** Line id of each record, aligned with `templateIds`. */
  lineIds: number[];
  templateIds: number[];
  drain: Drain;
  ingest: IngestStats;
}

type RecordVisitor = (record: LogRecord, templateId: number) => void;

function asMaskedRecords(input: PipelineInput, options: ParseOptions): MaskedRecords {
  if ("kind" in input && input.kind === "masked-records") {
    return input;
  }
  return maskRecords(input as LineBatches, { format: options.format ?? "auto", referenceYear: options.referenceYear });
}

async function forEachParsedRecord(input: PipelineInput, options: ParseOptions, visit: RecordVisitor) {
  const masked = asMaskedRecords(input, options);
  const drain = options.drain ?? new Drain();
  for await (const { records, forms } of masked.batches) {
    for (let i = 0; i < records.length; i++) {
      visit(records[i], (forms ? drain.trainMasked(forms[i]) : drain.train(records[i].content)).templateId);
    }
  }
  return { drain, ingest: masked.stats() };
}

/** ingest → parse: the template of every record. */
export async function parseLog(lines: PipelineInput, options: ParseOptions = {}): Promise<ParsedLog> {
  const lineIds: number[] = [];
  const templateIds: number[] = [];
  const { drain, ingest } = await forEachParsedRecord(lines, options, (record, templateId) => {
    lineIds.push(record.lineId);
    templateIds.push(templateId);
  });
  return { lineIds, templateIds, drain, ingest };
}

export interface DetectOptions extends ParseOptions {
  session?: SessionKeying;
  detection?: Partial<DetectionConfig>;
}

export interface DetectionResult {
  keying: SessionKeying;
  scores: SessionScore[];
  threshold: number;
  attributions: Map<string, Attribution[]>;
  /** The lines behind each anomalous session's score, most to blame first. */
  lines: Map<string, LineAttribution[]>;
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

/** ingest → parse → features → detect: an anomaly score and verdict per session. */
export async function detectLog(lines: PipelineInput, options: DetectOptions = {}, keepEvidence = false): Promise<DetectionResult> {
  const { drain, ingest, collector, keying } = await collectSessions(lines, options, keepEvidence);
  const config = { ...DEFAULT_DETECTION_CONFIG, ...options.detection };
  const sessions = collector.sessions();
  const matrix = buildFeatureMatrix(sessions, featureSpecOf(config));
  const detected = detectAnomalies({ matrix, sessions }, config);
  return { keying, ...detected, drain, ingest, collector };
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
