/**
 * HDFS block sessions straight from event-id sequences (no raw lines, no parser): the dev pool
 * sampled exactly as the shared bench's generator gen-hdfs.mjs samples it, and the real
 * first-100k-lines file.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Session } from "../../src/domain/session";
import { sharedPath } from "./shared-data";

export interface EventSession {
  blockId?: string;
  anomaly: boolean;
  /** Template ids: `E5` → 5. */
  events: number[];
}

export interface LabelledSessions {
  sessions: Session[];
  /** true = anomalous, aligned with `sessions`. */
  labels: boolean[];
}

export const DEV_POOL_PATH = (): string => sharedPath("datasets", "hdfs", "hdfs_dev_pool.jsonl.gz");

export function loadEventSessions(file: string): EventSession[] {
  return gunzipSync(readFileSync(file))
    .toString("utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { block_id?: string; label: string; event_ids: string[] })
    .map((s) => ({
      blockId: s.block_id,
      anomaly: /^(anomaly|abnormal|1)$/i.test(String(s.label)),
      events: s.event_ids.map((e) => Number(String(e).replace(/^E/, ""))),
    }));
}

/** mulberry32, as in gen-hdfs.mjs, so a seed draws the same blocks as the generated files. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** gen-hdfs.mjs `--blocks N --anomaly-rate R --seed S`: each pooled session once, then with replacement. */
export function drawEventSample(pool: readonly EventSession[], blocks: number, anomalyRate = 0.0293, seed = 7160): EventSession[] {
  const rand = mulberry32(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const draw = (from: EventSession[], count: number) => {
    const a = from.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return Array.from({ length: count }, (_, i) => (i < a.length ? a[i] : a[int(a.length)]));
  };
  const anomalies = Math.round(blocks * anomalyRate);
  return [...draw(pool.filter((s) => s.anomaly), anomalies), ...draw(pool.filter((s) => !s.anomaly), blocks - anomalies)];
}

/** Sessions without times; line ids count up across sessions as if each block were logged in one run. */
export function toLabelledSessions(sample: readonly EventSession[]): LabelledSessions {
  let lineId = 0;
  const sessions = sample.map((s, i) => ({
    id: s.blockId ?? `blk_${i}`,
    templateIds: s.events,
    lineIds: s.events.map(() => ++lineId),
    timestamps: s.events.map(() => Number.NaN),
  }));
  return { sessions, labels: sample.map((s) => s.anomaly) };
}

export function devSample(blocks: number, seed = 7160, anomalyRate = 0.0293): LabelledSessions {
  return toLabelledSessions(drawEventSample(loadEventSessions(DEV_POOL_PATH()), blocks, anomalyRate, seed));
}

/** The first 100k lines of the real HDFS.log as block sessions, labelled from the csv beside them. */
export function realHdfs100k(): LabelledSessions {
  const labels = new Map(
    readFileSync(sharedPath("datasets", "hdfs", "hdfs_100k_block_labels.csv"), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(",") as [string, string]),
  );
  const pool = loadEventSessions(sharedPath("datasets", "hdfs", "hdfs_100k_block_sessions.jsonl.gz"));
  return toLabelledSessions(pool.map((s) => ({ ...s, anomaly: labels.get(s.blockId ?? "") === "Anomaly" })));
}

export interface DetectionMetrics {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Threshold-free ranking quality (ties count half), when scores are given. */
  rocAuc?: number;
  /** Area under the precision–recall steps (ties taken together), when scores are given. */
  averagePrecision?: number;
}

/** Per-session precision/recall/F1 of the anomaly flag, as the shared bench's reference scorer score-detection.mjs computes them. */
export function detectionMetrics(flags: readonly boolean[], labels: readonly boolean[], scores?: ArrayLike<number>): DetectionMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  flags.forEach((flag, i) => {
    tp += flag && labels[i] ? 1 : 0;
    fp += flag && !labels[i] ? 1 : 0;
    fn += !flag && labels[i] ? 1 : 0;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, ...(scores ? rankMetrics(scores, labels) : {}) };
}

/** ROC-AUC and average precision over tie groups, the scorer's rankMetrics. */
function rankMetrics(scores: ArrayLike<number>, labels: readonly boolean[]): { rocAuc: number; averagePrecision: number } {
  const order = Array.from(labels.keys()).sort((a, b) => scores[b] - scores[a]);
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  let tp = 0;
  let fp = 0;
  let area = 0;
  let precisionSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let dtp = 0;
    let dfp = 0;
    for (; j < order.length && scores[order[j]] === scores[order[i]]; j++) {
      dtp += labels[order[j]] ? 1 : 0;
      dfp += labels[order[j]] ? 0 : 1;
    }
    area += dfp * (tp + dtp / 2);
    tp += dtp;
    fp += dfp;
    precisionSum += dtp ? (dtp / positives) * (tp / (tp + fp)) : 0;
    i = j;
  }
  return { rocAuc: positives && negatives ? area / (positives * negatives) : 0, averagePrecision: positives ? precisionSum : 0 };
}
