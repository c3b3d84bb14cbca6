/**
 * features + detect at HDFS_v1 scale from the dev pool's event-id sessions (no parser needed).
 * Prints one JSON object: sessions, F1/precision/recall/ROC-AUC, seconds per step, peak RSS.
 *
 *   npm run build && FLARE_SHARED_DIR=../shared node dist/bench/detect-speed.bench.js [--blocks 575061] [--seed 7160] [--anomaly-rate 0.0293] [--real] [--no-collect]
 *        [--detector pca|isolation-forest] [--features JSON] [--threshold JSON] [--detector-options JSON]
 *
 * --real scores the first-100k-lines HDFS file instead of a dev sample. Without --no-collect,
 * every event becomes a synthetic HDFS line that goes through SessionCollector (block keying),
 * so collection speed (µs per add) and its memory are measured too. FLARE_SHARED_DIR is needed
 * because tests/support/shared-data.ts finds ../shared relative to its source folder, not dist/.
 */
import { parseArgs } from "node:util";
import type { LogRecord } from "../src/domain/log-record";
import type { Session } from "../src/domain/session";
import { DEFAULT_DETECTION_CONFIG, detectAnomalies, type DetectionConfig } from "../src/pipeline/detect";
import { FeatureVocabulary, SessionCollector } from "../src/pipeline/features";
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

function configFrom(values: Record<string, string | boolean | undefined>): DetectionConfig {
  const json = (key: string) => (typeof values[key] === "string" ? JSON.parse(values[key] as string) : {});
  const base = DEFAULT_DETECTION_CONFIG;
  const detector = (values.detector as DetectionConfig["detector"] | undefined) ?? base.detector;
  return {
    ...base,
    detector,
    features: { ...base.features, ...json("features") },
    threshold: typeof values.threshold === "string" ? JSON.parse(values.threshold) : base.threshold,
    detectorOptions: { ...base.detectorOptions, [detector]: { ...base.detectorOptions[detector], ...json("detector-options") } },
  };
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
      detector: { type: "string" },
      features: { type: "string" },
      threshold: { type: "string" },
      "detector-options": { type: "string" },
    },
  }).values;
}

function measure(config: DetectionConfig, sessions: Session[], labels: boolean[]) {
  let start = process.hrtime.bigint();
  const { matrix } = FeatureVocabulary.fitTransform(sessions, config.features);
  const features = seconds(start);
  start = process.hrtime.bigint();
  const result = detectAnomalies(matrix, config);
  const fitScoreThreshold = seconds(start);
  start = process.hrtime.bigint();
  result.detector.score(matrix);
  const scoreOnly = seconds(start);
  return {
    columns: matrix.cols,
    anomaliesTrue: labels.filter(Boolean).length,
    anomaliesFlagged: result.scores.filter((s) => s.anomaly).length,
    ...detectionMetrics(result.scores.map((s) => s.anomaly), labels, Float64Array.from(result.scores, (s) => s.score)),
    threshold: result.threshold,
    seconds: { features, fitScoreThreshold, scoreOnly, featuresFitScore: features + fitScoreThreshold },
  };
}

function main(): void {
  const values = readArgs();
  const config = configFrom(values);
  const sample = values.real ? undefined : drawEventSample(loadEventSessions(DEV_POOL_PATH()), Number(values.blocks), Number(values["anomaly-rate"]), Number(values.seed));
  const collected = sample && !values["no-collect"] ? collect(sample) : undefined;
  const { sessions, labels } = collected ?? (sample ? toLabelledSessions(sample) : realHdfs100k());
  const measured = measure(config, sessions, labels);
  const collection = collected && { collectAdds: collected.addSeconds, collectSessions: collected.sessionsSeconds, microsPerAdd: (collected.addSeconds / collected.lines) * 1e6 };
  console.log(
    JSON.stringify({
      data: values.real ? "hdfs_100k_real" : `dev_pool blocks=${values.blocks} seed=${values.seed} anomaly-rate=${values["anomaly-rate"]}`,
      config: { features: config.features, detector: config.detector, options: config.detectorOptions[config.detector], threshold: config.threshold },
      sessions: sessions.length,
      ...measured,
      seconds: { ...collection, ...measured.seconds },
      lines: collected?.lines,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

if (require.main === module) {
  main();
}
