/** The versioned JSON form of a fitted detector (stored as a model version), one variant per family. */
import type { InvariantsMiningModel } from "./invariants-mining.detector";
import type { IsolationForestModel } from "./isolation-forest.detector";
import type { LocalOutlierFactorModel } from "./local-outlier-factor.detector";
import type { NgramSequenceModel } from "./ngram-sequence.detector";
import type { OneClassSvmModel } from "./one-class-svm.detector";
import type { PcaModel } from "./pca.detector";
import type { RobustCovarianceModel } from "./robust-covariance.detector";

export type DetectorModel =
  | PcaModel
  | IsolationForestModel
  | LocalOutlierFactorModel
  | OneClassSvmModel
  | RobustCovarianceModel
  | InvariantsMiningModel
  | NgramSequenceModel;
