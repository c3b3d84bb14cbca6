/** Public surface of the incidents stage. */
export type { AnomalousSession } from "./anomalous-session";
export { DEFAULT_INCIDENT_CONFIG, incidentConfigSchema, resolveIncidentConfig, type IncidentConfig } from "./incident-config";
export { findExceptionNames } from "./exception-names";
export { groupIncidents } from "./group-incidents";
export { lineSeverityRank } from "./line-severity";
export { classifyLevel, countLevelClasses, type LevelClass, type LevelClassCounts } from "./log-levels";
