/** Folds the evidence of one group of anomalous sessions into an Incident (everything but its id). */
import type { Incident, TemplateCount } from "../../domain/incident";

import type { AnomalyStrength } from "./anomaly-strength";
import { compareStrings, comparableScore, type AnomalousSession } from "./anomalous-session";
import { findExceptionNames } from "./exception-names";
import { fingerprintTemplates } from "./fingerprint";
import type { IncidentConfig } from "./incident-config";
import { classifySeverity } from "./incident-severity";
import { countLevelClasses } from "./log-levels";
import { selectRepresentativeLines, type LinePreferences } from "./representative-lines";
import { topAttributions } from "./template-links";

export type UnnumberedIncident = Omit<Incident, "id">;

/** What every incident of one batch is built against. */
export interface BatchContext {
  templateText: (templateId: number) => string;
  /** Templates that linked sessions (rare or blamed), preferred as representative lines. */
  rareTemplates: ReadonlySet<number>;
  strength: AnomalyStrength;
  config: IncidentConfig;
}

export function buildIncident(sessions: readonly AnomalousSession[], batch: BatchContext): UnnumberedIncident {
  const { templateText, rareTemplates, config } = batch;
  const templateCounts = sumRecords(sessions.map((s) => s.evidence.templateCounts));
  const templates = rankTemplates(templateCounts, templateText, config.maxTemplates);
  const levels = sumRecords(sessions.map((s) => s.evidence.levels));
  const anomalyScore = extreme(sessions.map((s) => comparableScore(s.score)), Math.max);
  const preferences: LinePreferences = { blamed: blamedIn(sessions, config.attributionTopK), rare: rareTemplates };
  const representativeLines = selectRepresentativeLines(sessions, preferences, config.maxRepresentativeLines);
  const exceptions = findExceptionNames([...templates.map((t) => t.template), ...representativeLines.map((l) => l.text)]);
  const severity = classifySeverity(
    {
      levelClasses: countLevelClasses(levels),
      exceptionCount: exceptions.length,
      sessionCount: sessions.length,
      anomalyStrength: batch.strength.of(anomalyScore),
    },
    config,
  );
  return {
    // Every distinct template, not only the maxTemplates kept: two incidents that differ past the
    // kept ones are different problems.
    fingerprint: fingerprintTemplates(Object.keys(templateCounts).map((id) => templateText(Number(id)))),
    severity,
    anomalyScore,
    sessionIds: sessions.map((s) => s.evidence.sessionId).sort(compareStrings),
    ...timeRange(sessions),
    components: rankKeys(sumRecords(sessions.map((s) => s.evidence.components))).slice(0, config.maxComponents),
    levels,
    templates,
    representativeLines,
  };
}

/** Summed through a Map: keys come from logs, and a component named `__proto__` must stay a key. */
function sumRecords<K extends string | number>(records: readonly Readonly<Record<K, number>>[]): Record<K, number> {
  const sums = new Map<string, number>();
  for (const record of records) {
    for (const [key, count] of Object.entries<number>(record)) {
      if (count > 0) {
        sums.set(key, (sums.get(key) ?? 0) + count);
      }
    }
  }
  return Object.fromEntries(sums) as Record<K, number>;
}

/** Most frequent first, ties by template id so the order is stable. */
function rankTemplates(
  counts: Record<number, number>,
  templateText: (templateId: number) => string,
  limit: number,
): TemplateCount[] {
  return Object.entries(counts)
    .map(([id, count]) => ({ templateId: Number(id), count }))
    .sort((a, b) => b.count - a.count || a.templateId - b.templateId)
    .slice(0, limit)
    .map(({ templateId, count }) => ({ templateId, template: templateText(templateId), count }));
}

/** Keys by descending count, ties by name. */
function rankKeys(counts: Record<string, number>): string[] {
  return Object.entries(counts)
    .sort(([nameA, a], [nameB, b]) => b - a || compareStrings(nameA, nameB))
    .map(([name]) => name);
}

function timeRange(sessions: readonly AnomalousSession[]): { startTime?: number; endTime?: number } {
  const starts = sessions.map((s) => s.evidence.startTime).filter(Number.isFinite) as number[];
  const ends = sessions.map((s) => s.evidence.endTime ?? s.evidence.startTime).filter(Number.isFinite) as number[];
  return {
    ...(starts.length > 0 ? { startTime: extreme(starts, Math.min) } : {}),
    ...(ends.length > 0 ? { endTime: extreme(ends, Math.max) } : {}),
  };
}

/** Math.min/max over an array without spreading it: 20k+ arguments can overflow the stack. */
function extreme(values: readonly number[], pick: (a: number, b: number) => number): number {
  // A bare `reduce(pick)` would pass the index and array to Math.max too.
  return values.reduce((best, value) => pick(best, value));
}

function blamedIn(sessions: readonly AnomalousSession[], topK: number): Set<number> {
  return new Set(sessions.flatMap((session) => topAttributions(session, topK).map((a) => a.templateId)));
}
