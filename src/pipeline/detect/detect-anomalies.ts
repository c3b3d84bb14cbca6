/** Scores sessions, picks a label-free threshold and says which templates drove each anomaly. */
import type { FeatureMatrix } from "../../domain/feature-matrix";
import type { Attribution, SessionScore } from "../../domain/session-score";
import { attributeTemplates, templatesOfColumns } from "./attribution";
import type { Detector, DetectorKind } from "./detector";
import { createDetector, type DetectorOptionsByKind } from "./detector-registry";
import { selectThreshold, type ThresholdRule } from "./threshold";

export interface DetectAnomaliesOptions {
  detector: DetectorKind;
  /** Options per family; only the chosen family's are used. */
  detectorOptions?: { [K in DetectorKind]?: Partial<DetectorOptionsByKind[K]> };
  threshold?: ThresholdRule;
  /** Templates kept per anomalous session; 5 reads as "the few things that went wrong". */
  maxAttributions?: number;
  /** A fitted detector (e.g. from `loadDetector`) to score with as is, instead of fitting on `matrix`. */
  model?: Detector;
}

export interface AnomalyDetection {
  scores: SessionScore[];
  threshold: number;
  /** Anomalous sessions only, and only when the detector can explain its scores. */
  attributions: Map<string, Attribution[]>;
  /** The fitted detector, to persist with `toJSON()`. */
  detector: Detector;
}

const DEFAULT_MAX_ATTRIBUTIONS = 5;

export function detectAnomalies(matrix: FeatureMatrix, options: DetectAnomaliesOptions): AnomalyDetection {
  const detector = options.model ?? fitDetector(matrix, options);
  const raw = detector.score(matrix);
  const threshold = selectThreshold(raw, options.threshold);
  const scores = matrix.rowKeys.map((sessionId, row) => ({ sessionId, score: raw[row], anomaly: raw[row] > threshold }));
  const attributions = explainAnomalies(detector, matrix, scores, options.maxAttributions ?? DEFAULT_MAX_ATTRIBUTIONS);
  return { scores, threshold, attributions, detector };
}

function fitDetector(matrix: FeatureMatrix, options: DetectAnomaliesOptions): Detector {
  const detector = createDetector(options.detector, options.detectorOptions?.[options.detector]);
  detector.fit(matrix);
  return detector;
}

/** Only anomalous rows are explained: a few percent of sessions, so this stays cheap. */
function explainAnomalies(detector: Detector, matrix: FeatureMatrix, scores: SessionScore[], max: number): Map<string, Attribution[]> {
  const attributions = new Map<string, Attribution[]>();
  if (!detector.explain) {
    return attributions;
  }
  const columnTemplates = templatesOfColumns(matrix.columnNames);
  scores.forEach((score, row) => {
    if (score.anomaly) {
      attributions.set(score.sessionId, attributeTemplates(detector.explain!(matrix, row), columnTemplates, max));
    }
  });
  return attributions;
}
