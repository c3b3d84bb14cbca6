/** detect stage: anomaly detectors behind one interface, label-free thresholds, attributions. */
export { attributeTemplates, templatesOfColumns, type LineAttribution } from "./attribution";
export { detectAnomalies, type AnomalyDetection, type DetectAnomaliesOptions } from "./detect-anomalies";
export { DEFAULT_DETECTION_CONFIG, DEFAULT_DETECTOR_OPTIONS, DEFAULT_FEATURES_BY_KIND, detectSessions, featureSpecOf, type DetectionConfig } from "./detection-config";
export { DETECTOR_KINDS, type Detector, type DetectorInput, type DetectorKind } from "./detector";
export type { DetectorModel } from "./detector-model";
export { createDetector, loadDetector, type DetectorOptionsByKind } from "./detector-registry";
export { DEFAULT_INVARIANTS_MINING_OPTIONS, InvariantsMiningDetector, type InvariantsMiningModel, type InvariantsMiningOptions } from "./invariants-mining.detector";
export { DEFAULT_ISOLATION_FOREST_OPTIONS, IsolationForestDetector, type IsolationForestModel, type IsolationForestOptions } from "./isolation-forest.detector";
export { DEFAULT_LOCAL_OUTLIER_FACTOR_OPTIONS, LocalOutlierFactorDetector, type LocalOutlierFactorModel, type LocalOutlierFactorOptions } from "./local-outlier-factor.detector";
export { DEFAULT_NGRAM_SEQUENCE_OPTIONS, NgramSequenceDetector, type NgramSequenceModel, type NgramSequenceOptions } from "./ngram-sequence.detector";
export { DEFAULT_ONE_CLASS_SVM_OPTIONS, OneClassSvmDetector, type OneClassSvmModel, type OneClassSvmOptions } from "./one-class-svm.detector";
export { DEFAULT_PCA_OPTIONS, PcaDetector, type PcaModel, type PcaOptions } from "./pca.detector";
export { DEFAULT_ROBUST_COVARIANCE_OPTIONS, RobustCovarianceDetector, type RobustCovarianceModel, type RobustCovarianceOptions } from "./robust-covariance.detector";
export { DEFAULT_THRESHOLD_RULE, selectThreshold, ThresholdRuleSchema, type ThresholdRule } from "./threshold";
