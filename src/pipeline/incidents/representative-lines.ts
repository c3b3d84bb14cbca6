/** Picks the few raw lines that best show an incident: one per template, the telling ones first. */
import type { RepresentativeLine } from "../../domain/incident";

import type { AnomalousSession } from "./anomalous-session";
import { lineSeverityRank } from "./line-severity";

export interface LinePreferences {
  /** Templates the detector blamed in this incident's sessions. */
  blamed: ReadonlySet<number>;
  /** Templates few anomalous sessions share. */
  rare: ReadonlySet<number>;
}

interface Candidate {
  templateId: number;
  lineId: number;
  text: string;
}

/**
 * The earliest example of each template, ranked: blamed templates, then rare ones, then lines at
 * FATAL/ERROR/WARN or naming an exception, then earliest. The chosen lines come back in line order
 * so they read as a timeline.
 */
export function selectRepresentativeLines(
  sessions: readonly AnomalousSession[],
  preferences: LinePreferences,
  limit: number,
): RepresentativeLine[] {
  const ranked = earliestExamplePerTemplate(sessions)
    .map((candidate) => ({ candidate, rank: rankOf(candidate, preferences) }))
    .sort(
      (a, b) =>
        b.rank - a.rank || a.candidate.lineId - b.candidate.lineId || a.candidate.templateId - b.candidate.templateId,
    );
  return ranked
    .slice(0, limit)
    .map(({ candidate }) => ({ lineId: candidate.lineId, text: candidate.text }))
    .sort((a, b) => a.lineId - b.lineId);
}

function earliestExamplePerTemplate(sessions: readonly AnomalousSession[]): Candidate[] {
  const earliest = new Map<number, Candidate>();
  for (const session of sessions) {
    for (const example of session.evidence.examples) {
      const current = earliest.get(example.templateId);
      if (!current || example.lineId < current.lineId) {
        earliest.set(example.templateId, example);
      }
    }
  }
  return [...earliest.values()];
}

/** A single number so the sort is a plain comparison: tiers are spaced so a higher tier always wins. */
function rankOf(candidate: Candidate, preferences: LinePreferences): number {
  const blamed = preferences.blamed.has(candidate.templateId) ? 100 : 0;
  const rare = preferences.rare.has(candidate.templateId) ? 10 : 0;
  return blamed + rare + lineSeverityRank(candidate.text);
}
