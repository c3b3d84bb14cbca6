/** The severity rule: what the lines say first, then how widespread and how anomalous. */
import type { Severity } from "../../domain/incident";

import type { IncidentConfig } from "./incident-config";
import type { LevelClassCounts } from "./log-levels";

export interface SeverityEvidence {
  levelClasses: LevelClassCounts;
  exceptionCount: number;
  sessionCount: number;
  /** Percentile rank of the incident's score among the batch's anomalous sessions (AnomalyStrength). */
  anomalyStrength: number;
}

export type SeverityConfig = Pick<IncidentConfig, "widespreadSessions" | "alarmingStrength">;

/**
 * | evidence                                                        | severity |
 * |-----------------------------------------------------------------|----------|
 * | any FATAL-class line                                            | critical |
 * | error lines or exceptions, and widespread or ≥ half the lines   | critical |
 * | error lines or exceptions                                       | high     |
 * | WARN lines, widespread or alarming strength                     | high     |
 * | WARN lines                                                      | medium   |
 * | nothing above, but widespread or alarming strength              | medium   |
 * | nothing above                                                   | low      |
 *
 * Exceptions count as errors because HDFS and Hadoop log many of them at WARN or INFO.
 * Strength and spread only lift incidents by one step and never to critical: a detector can be
 * wrong about a session, so only the lines themselves may claim the worst. Strength is a rank, not
 * the raw score, because score scales differ by detector (see AnomalyStrength).
 */
export function classifySeverity(evidence: SeverityEvidence, config: SeverityConfig): Severity {
  const { fatal, error, warn, other } = evidence.levelClasses;
  const totalLines = fatal + error + warn + other;
  const widespread = evidence.sessionCount >= config.widespreadSessions;
  const lifted = widespread || evidence.anomalyStrength >= config.alarmingStrength;
  if (fatal > 0) {
    return "critical";
  }
  if (error > 0 || evidence.exceptionCount > 0) {
    return widespread || (totalLines > 0 && error / totalLines >= 0.5) ? "critical" : "high";
  }
  if (warn > 0) {
    return lifted ? "high" : "medium";
  }
  return lifted ? "medium" : "low";
}
