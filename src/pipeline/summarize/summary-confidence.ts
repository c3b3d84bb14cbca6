/** How much the evidence supports the offline hypothesis, in [0, 1]. */
import type { IncidentFacts } from "./incident-facts";
import type { MatchStrength } from "./root-cause";

// Named exceptions are the strongest signal a log gives about a cause; wording on a failure line
// is next; wording on routine lines barely counts.
const STRENGTH_WEIGHT: Record<MatchStrength, number> = {
  "exception-name": 0.35,
  "failure-wording": 0.25,
  "routine-wording": 0.1,
  none: 0,
};

const BASE = 0.15;
// Rules are never certain and never worthless: keep room at both ends for an LLM or a human.
const FLOOR = 0.05;
const CEILING = 0.9;
// Below this many lines the evidence is thin whatever it says.
const THIN_EVIDENCE_LINES = 5;

/**
 * Sum of independent pieces: how the cause was matched, whether lines were logged as errors,
 * how many sessions repeat the pattern (log-scaled: the 100th session adds little), whether raw
 * lines back it; minus a penalty for thin evidence. Rounded to two decimals so it reads stably.
 */
export function scoreConfidence(facts: IncidentFacts, strength: MatchStrength): number {
  const { fatal, error, warn } = facts.levelClasses;
  const levelSupport = fatal + error > 0 ? 0.15 : warn > 0 ? 0.08 : 0;
  const repetition = Math.min(0.2, 0.05 * Math.log2(1 + facts.sessionCount));
  const lineSupport = facts.severeLines.length > 0 ? 0.1 : facts.incident.representativeLines.length > 0 ? 0.03 : 0;
  const thinPenalty = facts.lineCount < THIN_EVIDENCE_LINES ? 0.1 : 0;
  const raw = BASE + STRENGTH_WEIGHT[strength] + levelSupport + repetition + lineSupport - thinPenalty;
  return Math.round(Math.min(CEILING, Math.max(FLOOR, raw)) * 100) / 100;
}
