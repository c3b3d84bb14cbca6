/** The contract every anomaly detector family implements. */
import type { FeatureMatrix } from "../../domain/feature-matrix";
import type { Session } from "../../domain/session";
import type { DetectorModel } from "./detector-model";

export const DETECTOR_KINDS = [
  "pca",
  "isolation-forest",
  "local-outlier-factor",
  "one-class-svm",
  "robust-covariance",
  "invariants-mining",
  "ngram-sequence",
] as const;
export type DetectorKind = (typeof DETECTOR_KINDS)[number];

/**
 * What a detector sees: one feature row per session and, for families that read event order,
 * the sessions themselves (row r of the matrix is `sessions[r]`). Count-based families ignore
 * `sessions`; sequence families need it and say so when it is missing.
 */
export interface DetectorInput {
  matrix: FeatureMatrix;
  sessions?: readonly Session[];
}

export interface Detector {
  readonly kind: DetectorKind;
  /** Learns what normal looks like from (mostly normal, unlabelled) rows. */
  fit(input: DetectorInput): void;
  /** One score per row: higher = more anomalous. */
  score(input: DetectorInput): Float64Array;
  toJSON(): DetectorModel;
  /**
   * A score above which the model itself calls a row anomalous, when its scores have such a
   * meaning (a count of violated invariants: any violation). The `auto` threshold rule uses it.
   */
  readonly cutoff?: number;
  /** How much each column pushed the row's score up (same length as the columns), if the family can say. */
  explain?(input: DetectorInput, row: number): Float64Array;
  /** How much each event of the row's session pushed its score up (aligned with `templateIds`), for sequence families. */
  explainEvents?(input: DetectorInput, row: number): Float64Array;
}

/** Rows must have the columns the detector was fitted on. */
export function checkColumns(kind: DetectorKind, fittedColumns: number, matrix: FeatureMatrix): void {
  if (matrix.cols !== fittedColumns) {
    throw new RangeError(`${kind} detector was fitted on ${fittedColumns} columns, got a matrix with ${matrix.cols}`);
  }
}

export function checkFitRows(kind: DetectorKind, matrix: FeatureMatrix): void {
  if (matrix.rows === 0 || matrix.cols === 0) {
    throw new RangeError(`${kind} detector: cannot fit on an empty matrix (${matrix.rows} × ${matrix.cols})`);
  }
}

export function notFitted(kind: DetectorKind): Error {
  return new Error(`${kind} detector: call fit() (or loadDetector()) before score() or toJSON()`);
}
