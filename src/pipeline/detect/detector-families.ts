/**
 * The one table of detector families. The kinds, the saved-model union, the options per kind
 * and every family's default options and features are derived from it: a new family is one
 * `*.detector.ts` file and one entry here.
 */
import type { z } from "zod";
import { COUNT_FEATURES, type FeatureSpec } from "../features";
import type { DetectorFamilies, DetectorFamily, DetectorModelBase } from "./detector";
import { DEFAULT_INVARIANTS_MINING_OPTIONS, InvariantsMiningDetector, InvariantsMiningModelSchema } from "./invariants-mining.detector";
import { DEFAULT_ISOLATION_FOREST_OPTIONS, IsolationForestDetector, IsolationForestModelSchema } from "./isolation-forest.detector";
import { DEFAULT_LOCAL_OUTLIER_FACTOR_OPTIONS, LocalOutlierFactorDetector, LocalOutlierFactorModelSchema } from "./local-outlier-factor.detector";
import { DEFAULT_NGRAM_SEQUENCE_OPTIONS, NgramSequenceDetector, NgramSequenceModelSchema } from "./ngram-sequence.detector";
import { DEFAULT_ONE_CLASS_SVM_OPTIONS, OneClassSvmDetector, OneClassSvmModelSchema } from "./one-class-svm.detector";
import { DEFAULT_PCA_OPTIONS, PcaDetector, PcaModelSchema } from "./pca.detector";
import { DEFAULT_ROBUST_COVARIANCE_OPTIONS, RobustCovarianceDetector, RobustCovarianceModelSchema } from "./robust-covariance.detector";

/**
 * Feature choices are part of each family's configuration. ln(1 + count) keeps a block with
 * hundreds of one template from dominating distances and variances; on the 100k dev sample it
 * lifted Isolation Forest from F1 0.739 to 0.761, One-Class SVM from 0.573 to 0.629 and robust
 * covariance from 0.845 to 0.939. Invariants need whole counts; the n-gram model reads the
 * sessions and only needs the row keys.
 */
const LOG_COUNTS: FeatureSpec = { ...COUNT_FEATURES, tf: "log" };
const RAW_COUNTS: FeatureSpec = COUNT_FEATURES;

/** Infers a family's options from its defaults and its model from its schema, and checks the rest against them. */
const family = <Options, Model extends DetectorModelBase>(entry: DetectorFamily<Options, Model>) => entry;

export const DETECTOR_FAMILIES = {
  pca: family({
    create: (options) => new PcaDetector(options),
    modelSchema: PcaModelSchema,
    load: (model) => PcaDetector.fromModel(model),
    defaults: DEFAULT_PCA_OPTIONS,
    features: LOG_COUNTS,
  }),
  "isolation-forest": family({
    create: (options) => new IsolationForestDetector(options),
    modelSchema: IsolationForestModelSchema,
    load: (model) => IsolationForestDetector.fromModel(model),
    defaults: DEFAULT_ISOLATION_FOREST_OPTIONS,
    features: LOG_COUNTS,
  }),
  "local-outlier-factor": family({
    create: (options) => new LocalOutlierFactorDetector(options),
    modelSchema: LocalOutlierFactorModelSchema,
    load: (model) => LocalOutlierFactorDetector.fromModel(model),
    defaults: DEFAULT_LOCAL_OUTLIER_FACTOR_OPTIONS,
    features: LOG_COUNTS,
  }),
  "one-class-svm": family({
    create: (options) => new OneClassSvmDetector(options),
    modelSchema: OneClassSvmModelSchema,
    load: (model) => OneClassSvmDetector.fromModel(model),
    defaults: DEFAULT_ONE_CLASS_SVM_OPTIONS,
    features: LOG_COUNTS,
  }),
  "robust-covariance": family({
    create: (options) => new RobustCovarianceDetector(options),
    modelSchema: RobustCovarianceModelSchema,
    load: (model) => RobustCovarianceDetector.fromModel(model),
    defaults: DEFAULT_ROBUST_COVARIANCE_OPTIONS,
    features: LOG_COUNTS,
  }),
  "invariants-mining": family({
    create: (options) => new InvariantsMiningDetector(options),
    modelSchema: InvariantsMiningModelSchema,
    load: (model) => InvariantsMiningDetector.fromModel(model),
    defaults: DEFAULT_INVARIANTS_MINING_OPTIONS,
    features: RAW_COUNTS,
  }),
  "ngram-sequence": family({
    create: (options) => new NgramSequenceDetector(options),
    modelSchema: NgramSequenceModelSchema,
    load: (model) => NgramSequenceDetector.fromModel(model),
    defaults: DEFAULT_NGRAM_SEQUENCE_OPTIONS,
    features: RAW_COUNTS,
  }),
};

export type DetectorKind = keyof typeof DETECTOR_FAMILIES;

// Each family's models carry its own key as `kind`: loadDetector finds the family by it.
DETECTOR_FAMILIES satisfies DetectorFamilies<DetectorKind>;

type FamilyOf<K extends DetectorKind> = (typeof DETECTOR_FAMILIES)[K];

export type DetectorOptionsByKind = { [K in DetectorKind]: FamilyOf<K>["defaults"] };

/** The versioned JSON form of a fitted detector (stored as a model version), one variant per family. */
export type DetectorModel = { [K in DetectorKind]: z.output<FamilyOf<K>["modelSchema"]> }[DetectorKind];

/** In table order, which is the order the CLI lists them in. */
export const DETECTOR_KINDS = Object.keys(DETECTOR_FAMILIES) as [DetectorKind, ...DetectorKind[]];

/**
 * The entry for `kind`, typed by its options. TypeScript cannot relate a generic K's entry to
 * its options by itself; `family()` on each entry is what checks that they are paired.
 */
export function detectorFamily<K extends DetectorKind>(kind: K): DetectorFamily<DetectorOptionsByKind[K], DetectorModel> {
  return DETECTOR_FAMILIES[kind] as DetectorFamily<DetectorOptionsByKind[K], DetectorModel>;
}
