/** The contract every anomaly detector family implements. */
import type { FeatureMatrix } from "../../domain/feature-matrix";
import type { IsolationForestModel } from "./isolation-forest.detector";
import type { PcaModel } from "./pca.detector";

export const DETECTOR_KINDS = ["pca", "isolation-forest"] as const;
export type DetectorKind = (typeof DETECTOR_KINDS)[number];

/** The versioned JSON form of a fitted detector (stored as a model version). */
export type DetectorModel = PcaModel | IsolationForestModel;

export interface Detector {
  readonly kind: DetectorKind;
  /** Learns what normal looks like from (mostly normal, unlabelled) rows. */
  fit(matrix: FeatureMatrix): void;
  /** One score per row: higher = more anomalous. */
  score(matrix: FeatureMatrix): Float64Array;
  toJSON(): DetectorModel;
  /** How much each column pushed the row's score up (same length as the columns), if the family can say. */
  explain?(matrix: FeatureMatrix, row: number): Float64Array;
}

/** Rows must have the columns the detector was fitted on. */
export function checkColumns(kind: DetectorKind, fittedColumns: number, matrix: FeatureMatrix): void {
  if (matrix.cols !== fittedColumns) {
    throw new RangeError(`${kind} detector was fitted on ${fittedColumns} columns, got a matrix with ${matrix.cols}`);
  }
}

export function notFitted(kind: DetectorKind): Error {
  return new Error(`${kind} detector: call fit() (or loadDetector()) before score() or toJSON()`);
}
