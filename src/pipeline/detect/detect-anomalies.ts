/** Scores sessions, picks a label-free threshold and says which templates and lines drove each anomaly. */
import type { Attribution, SessionScore } from "../../domain/session-score";
import { attributeEvents, attributeEventTemplates, attributeTemplates, linesOfTemplates, templatesOfColumns, type LineAttribution } from "./attribution";
import type { Detector, DetectorInput } from "./detector";
import type { DetectorKind, DetectorOptionsByKind } from "./detector-families";
import { createDetector } from "./detector-registry";
import { selectThreshold, type ThresholdRule } from "./threshold";

export interface DetectAnomaliesOptions {
  detector: DetectorKind;
  /** Options per family; only the chosen family's are used. */
  detectorOptions?: { [K in DetectorKind]?: Partial<DetectorOptionsByKind[K]> };
  threshold?: ThresholdRule;
  /** Templates kept per anomalous session; 5 reads as "the few things that went wrong". */
  maxAttributions?: number;
  /** Lines kept per anomalous session (needs `DetectorInput.sessions`). */
  maxLines?: number;
  /** A fitted detector (e.g. from `loadDetector`) to score with as is, instead of fitting on the input. */
  model?: Detector;
}

export interface AnomalyDetection {
  scores: SessionScore[];
  threshold: number;
  /** Anomalous sessions only, and only when the detector can explain its scores. */
  attributions: Map<string, Attribution[]>;
  /** The log lines behind each anomalous session's attribution, most to blame first. */
  lines: Map<string, LineAttribution[]>;
  /** The fitted detector, to persist with `toJSON()`. */
  detector: Detector;
}

/**
 * Runs one named step and returns what it returns. The pipeline runs steps as they are; a
 * benchmark passes a runner that times each one, so it measures the pipeline's own code.
 */
export type StepRunner<Step extends string> = <T>(step: Step, run: () => T) => T;
export type DetectionStep = "fit" | "score" | "threshold" | "explain";

export const runDirectly: StepRunner<string> = (_step, run) => run();

const DEFAULT_MAX_ATTRIBUTIONS = 5;
/** Ten lines fit one screen and cover a block's few broken steps (HDFS blocks have ~20 lines). */
const DEFAULT_MAX_LINES = 10;

/** No sessions (an empty log) is not an error: nothing is scored and the detector stays unfitted. */
export function detectAnomalies(input: DetectorInput, options: DetectAnomaliesOptions, runStep: StepRunner<DetectionStep> = runDirectly): AnomalyDetection {
  if (input.matrix.rows === 0) {
    const detector = options.model ?? createDetector(options.detector, options.detectorOptions?.[options.detector]);
    return { scores: [], threshold: Number.POSITIVE_INFINITY, attributions: new Map(), lines: new Map(), detector };
  }
  const detector = options.model ?? runStep("fit", () => fitDetector(input, options));
  const raw = runStep("score", () => detector.score(input));
  const threshold = runStep("threshold", () => selectThreshold(raw, options.threshold, detector.cutoff));
  const scores = input.matrix.rowKeys.map((sessionId, row) => ({ sessionId, score: raw[row], anomaly: raw[row] > threshold }));
  const limits = { templates: options.maxAttributions ?? DEFAULT_MAX_ATTRIBUTIONS, lines: options.maxLines ?? DEFAULT_MAX_LINES };
  const explained = runStep("explain", () => explainAnomalies(detector, input, scores, limits));
  return { scores, threshold, ...explained, detector };
}

function fitDetector(input: DetectorInput, options: DetectAnomaliesOptions): Detector {
  const detector = createDetector(options.detector, options.detectorOptions?.[options.detector]);
  detector.fit(input);
  return detector;
}

/**
 * Only anomalous rows are explained: a few percent of sessions, so this stays cheap. Sequence
 * families blame events (hence lines) directly; count families blame columns, hence templates,
 * whose lines in the session are then shown.
 */
function explainAnomalies(detector: Detector, input: DetectorInput, scores: SessionScore[], limits: { templates: number; lines: number }) {
  const attributions = new Map<string, Attribution[]>();
  const lines = new Map<string, LineAttribution[]>();
  const columnTemplates = templatesOfColumns(input.matrix.columnNames);
  scores.forEach((score, row) => {
    const session = input.sessions?.[row];
    if (!score.anomaly) {
      return;
    }
    if (detector.explainEvents && session) {
      const events = detector.explainEvents(input, row);
      attributions.set(score.sessionId, attributeEventTemplates(events, session, limits.templates));
      lines.set(score.sessionId, attributeEvents(events, session, limits.lines));
    } else if (detector.explain) {
      const templates = attributeTemplates(detector.explain(input, row), columnTemplates, limits.templates);
      attributions.set(score.sessionId, templates);
      lines.set(score.sessionId, session ? linesOfTemplates(templates, session, limits.lines) : []);
    }
  });
  return { attributions, lines };
}
