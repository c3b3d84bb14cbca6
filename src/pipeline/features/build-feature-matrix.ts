/** One-call feature building for data that is both training and scoring set (unsupervised use). */
import type { FeatureMatrix } from "../../domain/feature-matrix";
import type { Session } from "../../domain/session";
import type { FeatureSpec } from "./feature-spec";
import { FeatureVocabulary } from "./feature-vocabulary";

/**
 * Fits a vocabulary on `sessions` and returns their matrix. To score new data with the same
 * columns and weights, use `FeatureVocabulary.fitTransform` and keep the vocabulary.
 */
export function buildFeatureMatrix(sessions: readonly Session[], spec: FeatureSpec): FeatureMatrix {
  return FeatureVocabulary.fitTransform(sessions, spec).matrix;
}
