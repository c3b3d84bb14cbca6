/** The incidents stage's input: one session the detector called anomalous, with its evidence. */
import type { SessionEvidence } from "../../domain/session";
import type { Attribution } from "../../domain/session-score";

export interface AnomalousSession {
  evidence: SessionEvidence;
  /** The detector's score: higher = more anomalous. */
  score: number;
  /** Templates the detector blamed, if it can say. */
  attributions?: Attribution[];
}

/** Sorts by session id (then score, then line count) so every later step sees one order. */
export function sortSessionsStably(sessions: readonly AnomalousSession[]): AnomalousSession[] {
  return [...sessions].sort(
    (a, b) =>
      compareStrings(a.evidence.sessionId, b.evidence.sessionId) ||
      comparableScore(b.score) - comparableScore(a.score) ||
      a.evidence.lineCount - b.evidence.lineCount,
  );
}

/** NaN scores (a detector bug) rank lowest instead of poisoning comparisons. */
export function comparableScore(score: number): number {
  return Number.isNaN(score) ? Number.NEGATIVE_INFINITY : score;
}

/** Code-unit order: unlike localeCompare it does not depend on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/** Distinct template ids that occur at least once in the session, ascending. */
export function presentTemplateIds(evidence: SessionEvidence): number[] {
  return Object.entries(evidence.templateCounts)
    .filter(([, count]) => count > 0)
    .map(([id]) => Number(id))
    .sort((a, b) => a - b);
}
