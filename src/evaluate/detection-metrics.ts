/** Session-level detection quality, computed exactly as the shared bench's reference scorer score-detection.mjs does. */
export interface DetectionMetrics {
  sessions: number;
  anomalies: number;
  unreported: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Only labelled sessions count; a labelled session the detector did not report counts as
 * predicted normal (and as `unreported`).
 */
export function scoreDetection(predicted: ReadonlyMap<string, boolean>, labels: ReadonlyMap<string, boolean>): DetectionMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let unreported = 0;
  for (const [sessionId, isAnomaly] of labels) {
    const verdict = predicted.get(sessionId);
    if (verdict === undefined) {
      unreported++;
    }
    const flagged = verdict ?? false;
    if (isAnomaly && flagged) {
      tp++;
    } else if (!isAnomaly && flagged) {
      fp++;
    } else if (isAnomaly) {
      fn++;
    } else {
      tn++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { sessions: labels.size, anomalies: tp + fn, unreported, tp, fp, fn, tn, precision, recall, f1 };
}
