/** detect stage: anomaly detectors behind one interface, label-free thresholds, attributions. */
export { attributeTemplates, templatesOfColumns, type LineAttribution } from "./attribution";
export { detectAnomalies, runDirectly, type AnomalyDetection, type DetectAnomaliesOptions, type DetectionStep, type StepRunner } from "./detect-anomalies";
export { DEFAULT_DETECTION_CONFIG, DEFAULT_DETECTOR_OPTIONS, featureSpecOf, type DetectionConfig } from "./detection-config";
export type { Detector, DetectorFamilies, DetectorFamily, DetectorInput, DetectorModelBase } from "./detector";
export { DETECTOR_FAMILIES, DETECTOR_KINDS, type DetectorKind, type DetectorModel, type DetectorOptionsByKind } from "./detector-families";
export { createDetector, loadDetector } from "./detector-registry";
export { InvariantsMiningDetector } from "./invariants-mining.detector";
export { IsolationForestDetector } from "./isolation-forest.detector";
export { LocalOutlierFactorDetector } from "./local-outlier-factor.detector";
export { NgramSequenceDetector } from "./ngram-sequence.detector";
export { OneClassSvmDetector } from "./one-class-svm.detector";
export { PcaDetector } from "./pca.detector";
export { RobustCovarianceDetector } from "./robust-covariance.detector";
export { selectThreshold, type ThresholdRule } from "./threshold";
