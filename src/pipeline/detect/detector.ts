/** The contract every anomaly detector family implements; it names no family (they are listed in detector-families.ts). */
import type { z } from "zod";
import type { FeatureMatrix } from "../../domain/feature-matrix";
import type { Session } from "../../domain/session";
import type { FeatureSpec } from "../features";

/** What every saved model starts with: which family reads it, and that family's format version. */
export interface DetectorModelBase {
  kind: string;
  version: number;
}

/**
 * What a detector sees: one feature row per session and, for families that read event order,
 * the sessions themselves (row r of the matrix is `sessions[r]`). Count-based families ignore
 * `sessions`; sequence families need it and say so when it is missing.
 */
export interface DetectorInput {
  matrix: FeatureMatrix;
  sessions?: readonly Session[];
}

/** `Model` is the family's JSON form; its `kind` is the family's key in the table. */
export interface Detector<Model extends DetectorModelBase = DetectorModelBase> {
  readonly kind: Model["kind"];
  /** Learns what normal looks like from (mostly normal, unlabelled) rows. */
  fit(input: DetectorInput): void;
  /** One score per row: higher = more anomalous. */
  score(input: DetectorInput): Float64Array;
  toJSON(): Model;
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

/**
 * One family's entry in the table: how to build it, how to check and restore its saved models,
 * and the options and features it runs with by default.
 */
export interface DetectorFamily<Options, Model extends DetectorModelBase> {
  create(options?: Partial<Options>): Detector<Model>;
  /** Validates untrusted JSON (a stored model version) before `load` sees it. */
  modelSchema: z.ZodType<Model>;
  load(model: Model): Detector<Model>;
  defaults: Options;
  features: FeatureSpec;
}

/** The table's shape: one complete family per kind, whose models carry that kind. */
export type DetectorFamilies<Kind extends string> = { [K in Kind]: DetectorFamily<unknown, { kind: K; version: number }> };

/** Rows must have the columns the detector was fitted on. */
export function checkColumns(kind: string, fittedColumns: number, matrix: FeatureMatrix): void {
  if (matrix.cols !== fittedColumns) {
    throw new RangeError(`${kind} detector was fitted on ${fittedColumns} columns, got a matrix with ${matrix.cols}`);
  }
}

export function checkFitRows(kind: string, matrix: FeatureMatrix): void {
  if (matrix.rows === 0 || matrix.cols === 0) {
    throw new RangeError(`${kind} detector: cannot fit on an empty matrix (${matrix.rows} × ${matrix.cols})`);
  }
}

export function notFitted(kind: string): Error {
  return new Error(`${kind} detector: call fit() (or loadDetector()) before score() or toJSON()`);
}
