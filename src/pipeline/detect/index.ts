/** detect stage: anomaly detectors behind one interface, label-free thresholds, attributions. */
export { attributeTemplates, templatesOfColumns } from "./attribution";
export { detectAnomalies, type AnomalyDetection, type DetectAnomaliesOptions } from "./detect-anomalies";
export { DEFAULT_DETECTION_CONFIG, detectSessions, type DetectionConfig } from "./detection-config";
export { DETECTOR_KINDS, type Detector, type DetectorKind, type DetectorModel } from "./detector";
export { createDetector, loadDetector, type DetectorOptionsByKind } from "./detector-registry";
export { DEFAULT_ISOLATION_FOREST_OPTIONS, IsolationForestDetector, type IsolationForestModel, type IsolationForestOptions } from "./isolation-forest.detector";
export { DEFAULT_PCA_OPTIONS, PcaDetector, type PcaModel, type PcaOptions } from "./pca.detector";
export { DEFAULT_THRESHOLD_RULE, selectThreshold, ThresholdRuleSchema, type ThresholdRule } from "./threshold";
