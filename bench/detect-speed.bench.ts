/**
 * features + detect at HDFS_v1 scale from the dev pool's event-id sessions (no parser needed).
 * Prints one JSON object: sessions, then per detector family precision/recall/F1/ROC-AUC/AP,
 * the label-free threshold and the seconds of each step of the pipeline's own features → detect
 * wiring (`detectSessionsOf`: features, fit, score, threshold, explain); collection seconds and peak RSS.
 *
 *   npm run build && node dist/bench/detect-speed.bench.js [--blocks 575061] [--seed 7160] [--anomaly-rate 0.0293] [--real] [--no-collect]
 *        [--detectors all|default|pca,invariants-mining,…] [--features JSON] [--threshold JSON] [--detector-options JSON]
 *
 * Each family runs with its default options on the same feature matrix (--features changes it
 * for all; --detector-options applies to every listed family, so use it with one). "default"
 * is DEFAULT_DETECTION_CONFIG as a whole (its own features and threshold).
 * --real scores the first-100k-lines HDFS file instead of a dev sample. Without --no-collect,
 * every event becomes a synthetic HDFS line that goes through SessionCollector (block keying),
 * so collection speed (µs per add) and its memory are measured too.
 */
import { parseArgs } from "node:util";
import type { LogRecord } from "../src/domain/log-record";
import type { Session } from "../src/domain/session";
import { DEFAULT_DETECTION_CONFIG, DETECTOR_KINDS, featureSpecOf, type DetectionConfig, type DetectorKind, type StepRunner } from "../src/pipeline/detect";
import { SessionCollector } from "../src/pipeline/features";
import { detectSessionsOf, type SessionDetectionStep } from "../src/pipeline/run-pipeline";
import {
  DEV_POOL_PATH,
  detectionMetrics,
  drawEventSample,
  loadEventSessions,
  realHdfs100k,
  toLabelledSessions,
  type EventSession,
} from "../tests/support/hdfs-event-sessions";

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

type Values = Record<string, string | boolean | undefined>;

function configFor(detector: DetectorKind | "default", values: Values): DetectionConfig {
  const json = (key: string) => (typeof values[key] === "string" ? JSON.parse(values[key] as string) : undefined);
  const base = DEFAULT_DETECTION_CONFIG;
  if (detector === "default") {
    return base;
  }
  return {
    ...base,
    detector,
    features: { ...featureSpecOf({ detector }), ...json("features") },
    threshold: json("threshold") ?? base.threshold,
    detectorOptions: { ...base.detectorOptions, [detector]: { ...base.detectorOptions[detector], ...json("detector-options") } },
  };
}

function detectorsFrom(values: Values): (DetectorKind | "default")[] {
  const listed = String(values.detectors);
  if (listed === "all") {
    return ["default", ...DETECTOR_KINDS];
  }
  return listed.split(",").map((name) => {
    if (name !== "default" && !DETECTOR_KINDS.includes(name as DetectorKind)) {
      throw new Error(`unknown detector ${name}; choose from default, ${DETECTOR_KINDS.join(", ")}`);
    }
    return name as DetectorKind | "default";
  });
}

const HEADER = "081109 203518 143 INFO dfs.DataNode$DataXceiver: ";
const blockIdOf = (i: number) => `blk_${i % 2 ? "-" : ""}${String(1e15 + i * 7919)}`;

/**
 * HDFS_v1-shaped lines, 2,000 blocks interleaved like a busy cluster's log, cut from one joined
 * string as ingest cuts lines from read chunks (so they are flat slices, not concatenations).
 */
function* syntheticRecords(sample: readonly EventSession[]): Generator<[LogRecord, number]> {
  let lineId = 0;
  for (let first = 0; first < sample.length; first += 2000) {
    const open = sample.slice(first, first + 2000).map((s, k) => ({ id: blockIdOf(first + k), events: s.events }));
    const longest = Math.max(...open.map((s) => s.events.length));
    for (let position = 0; position < longest; position++) {
      const live = open.filter((s) => position < s.events.length);
      const text = live.map((s) => `${HEADER}Receiving block ${s.id} src: /10.251.42.84:57069 dest: /10.251.42.84:50010`);
      const lines = text.join("\n").split("\n");
      for (let k = 0; k < live.length; k++) {
        yield [{ lineId: ++lineId, raw: lines[k], content: lines[k].slice(HEADER.length) }, live[k].events[position]];
      }
    }
  }
}

function collect(sample: readonly EventSession[]) {
  const collector = new SessionCollector({ kind: "block" }, { keepEvidence: false });
  const batch: [LogRecord, number][] = [];
  let addSeconds = 0;
  let lines = 0;
  const flush = () => {
    const start = process.hrtime.bigint();
    for (const [record, templateId] of batch) {
      collector.add(record, templateId);
    }
    addSeconds += seconds(start);
    lines += batch.length;
    batch.length = 0;
  };
  for (const item of syntheticRecords(sample)) {
    if (batch.push(item) === 10000) {
      flush();
    }
  }
  flush();
  const start = process.hrtime.bigint();
  const sessions = collector.sessions();
  const label = new Map(sample.map((s, i) => [blockIdOf(i), s.anomaly]));
  return { sessions, labels: sessions.map((s) => label.get(s.id)!), lines, addSeconds, sessionsSeconds: seconds(start) };
}

function readArgs() {
  return parseArgs({
    options: {
      blocks: { type: "string", default: "100000" },
      seed: { type: "string", default: "7160" },
      "anomaly-rate": { type: "string", default: "0.0293" },
      real: { type: "boolean", default: false },
      "no-collect": { type: "boolean", default: false },
      detectors: { type: "string", default: "all" },
      features: { type: "string" },
      threshold: { type: "string" },
      "detector-options": { type: "string" },
    },
  }).values;
}

/** The pipeline's features → detect on the sessions, each of its steps timed on its own. */
function measure(name: DetectorKind | "default", config: DetectionConfig, sessions: Session[], labels: boolean[]) {
  const steps: Record<SessionDetectionStep, number> = { features: 0, fit: 0, score: 0, threshold: 0, explain: 0 };
  const timeStep: StepRunner<SessionDetectionStep> = (step, run) => {
    const start = process.hrtime.bigint();
    const result = run();
    steps[step] += seconds(start);
    return result;
  };
  const detection = detectSessionsOf(sessions, config, timeStep);
  const raw = Float64Array.from(detection.scores, (s) => s.score);
  const flags = detection.scores.map((s) => s.anomaly);
  return {
    detector: name === "default" ? `default (${config.detector})` : name,
    columns: detection.vocabulary.columnNames.length,
    flagged: flags.filter(Boolean).length,
    ...detectionMetrics(flags, labels, raw),
    threshold: detection.threshold,
    seconds: { ...steps, total: Object.values(steps).reduce((a, b) => a + b, 0) },
  };
}

function main(): void {
  const values = readArgs();
  const sample = values.real ? undefined : drawEventSample(loadEventSessions(DEV_POOL_PATH()), Number(values.blocks), Number(values["anomaly-rate"]), Number(values.seed));
  const collected = sample && !values["no-collect"] ? collect(sample) : undefined;
  const { sessions, labels } = collected ?? (sample ? toLabelledSessions(sample) : realHdfs100k());
  const results = detectorsFrom(values).map((name) => measure(name, configFor(name, values), sessions, labels));
  const collection = collected && { collectAdds: collected.addSeconds, collectSessions: collected.sessionsSeconds, microsPerAdd: (collected.addSeconds / collected.lines) * 1e6 };
  console.log(
    JSON.stringify({
      data: values.real ? "hdfs_100k_real" : `dev_pool blocks=${values.blocks} seed=${values.seed} anomaly-rate=${values["anomaly-rate"]}`,
      sessions: sessions.length,
      anomalies: labels.filter(Boolean).length,
      results,
      seconds: collection,
      lines: collected?.lines,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

if (require.main === module) {
  main();
}
