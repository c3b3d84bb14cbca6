/** The default detection configuration, chosen on the HDFS dev sample. */
import type { FeatureSpec } from "../features";
import { DETECTOR_FAMILIES, DETECTOR_KINDS, type DetectorKind, type DetectorOptionsByKind } from "./detector-families";
import { DEFAULT_THRESHOLD_RULE, type ThresholdRule } from "./threshold";

export interface DetectionConfig {
  /** Features for the detector; when absent, the chosen family's own (its `features` in the table). */
  features?: FeatureSpec;
  detector: DetectorKind;
  /** Every family's options, so switching `detector` alone gives a complete configuration. */
  detectorOptions: DetectorOptionsByKind;
  threshold: ThresholdRule;
  maxAttributions: number;
  maxLines: number;
}

/** Every family's `defaults` from the table. */
export const DEFAULT_DETECTOR_OPTIONS = Object.fromEntries(DETECTOR_KINDS.map((kind) => [kind, DETECTOR_FAMILIES[kind].defaults])) as DetectorOptionsByKind;

/** The features a configuration asks for: its own, or its detector family's default. */
export function featureSpecOf(config: Pick<DetectionConfig, "features" | "detector">): FeatureSpec {
  return config.features ?? DETECTOR_FAMILIES[config.detector].features;
}

/**
 * Invariants Mining on raw template counts, `auto` threshold (any broken invariant): label-free
 * F1 0.950 / 0.956 (precision 0.982 / 0.983) on 100k-block dev samples drawn with seeds 7160 /
 * 12345, 0.958 at 575,061 blocks, 0.653 on the real first-100k-lines file (ceiling ≈ 0.66), and
 * 0.946 / 0.953 / 0.957 / 0.962 on 30k-block samples (seed 7160) with 1% / 5% / 10% / 20%
 * anomalies (bench/detect-speed.bench.ts). Why it beats PCA (0.939 / 0.941 / 0.653): PCA's 379 false
 * positives were the normal re-replication blocks (0.4% of normal blocks), a direction of too
 * little variance for its normal subspace; their relations (E5 = E6 + E11, E26 = E9 + 2·E16)
 * are mined as invariants, so they break none. What it misses (recall 0.92) are anomalous
 * blocks that re-replicated and were then deleted: every count relation balances and their
 * transitions are as frequent as normal ones, so no count or n-gram family here separates them.
 * Other families, same sets: robust covariance 0.939 / 0.941 / 0.336, Isolation Forest 0.761 /
 * 0.741 / 0.416, One-Class SVM 0.629 / 0.618 / 0.653, LOF 0.387 / 0.441 / 0.653, n-gram
 * (ROC-AUC 0.980, but robust-z flags nothing) 0 / 0 / 0.591. No ensemble: every other family
 * ranks the normal re-replication blocks among its top scores (PCA and robust covariance flag
 * all of them), so averaging ranks with them would bring those false positives back.
 */
export const DEFAULT_DETECTION_CONFIG: DetectionConfig = {
  detector: "invariants-mining",
  detectorOptions: DEFAULT_DETECTOR_OPTIONS,
  threshold: DEFAULT_THRESHOLD_RULE,
  maxAttributions: 5,
  maxLines: 10,
};
