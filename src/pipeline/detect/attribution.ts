/** Maps a detector's per-column or per-event contributions back to templates and log lines. */
import type { Session } from "../../domain/session";
import type { Attribution } from "../../domain/session-score";

/**
 * Template ids behind each column name: `count:E5` → [5], `bigram:E5>E7` → [5, 7] (its weight
 * split between both), anything else (timing, `<unseen>`) → none.
 */
export function templatesOfColumns(columnNames: readonly string[]): number[][] {
  return columnNames.map((name) => {
    const count = /^count:E(\d+)$/.exec(name);
    if (count) {
      return [Number(count[1])];
    }
    const bigram = /^bigram:E(\d+)>E(\d+)$/.exec(name);
    return bigram ? [Number(bigram[1]), Number(bigram[2])] : [];
  });
}

/** The `max` templates with the largest share of the positive contributions, weights summing to ≤ 1. */
export function attributeTemplates(contributions: Float64Array, columnTemplates: readonly number[][], max: number): Attribution[] {
  const byTemplate = new Map<number, number>();
  let total = 0;
  contributions.forEach((value, column) => {
    if (value > 0) {
      total += value;
      for (const templateId of columnTemplates[column]) {
        byTemplate.set(templateId, (byTemplate.get(templateId) ?? 0) + value / columnTemplates[column].length);
      }
    }
  });
  return [...byTemplate]
    .map(([templateId, value]) => ({ templateId, weight: value / total }))
    .sort((a, b) => b.weight - a.weight || a.templateId - b.templateId)
    .slice(0, max);
}

/** One log line of an anomalous session and its share of the blame. */
export interface LineAttribution {
  lineId: number;
  templateId: number;
  weight: number;
}

/** The `max` events with the largest positive contributions (sequence families), weights summing to ≤ 1. */
export function attributeEvents(contributions: Float64Array, session: Session, max: number): LineAttribution[] {
  const total = contributions.reduce((sum, v) => sum + Math.max(v, 0), 0);
  return Array.from(contributions.keys())
    .filter((i) => contributions[i] > 0)
    .sort((a, b) => contributions[b] - contributions[a] || a - b)
    .slice(0, max)
    .map((i) => ({ lineId: session.lineIds[i], templateId: session.templateIds[i], weight: contributions[i] / total }));
}

/**
 * Lines of the blamed templates that the session has, most-blamed template first and each
 * template's weight shared by all its lines, at most `max` lines. A blamed template the session
 * lacks ("expected but missing") has no line to show.
 */
export function linesOfTemplates(attributions: readonly Attribution[], session: Session, max: number): LineAttribution[] {
  const lines: LineAttribution[] = [];
  for (const { templateId, weight } of attributions) {
    const positions = session.templateIds.flatMap((t, i) => (t === templateId ? [i] : []));
    for (const i of positions.slice(0, max - lines.length)) {
      lines.push({ lineId: session.lineIds[i], templateId, weight: weight / positions.length });
    }
  }
  return lines;
}

/** Per-event contributions summed by template, as `attributeTemplates` ranks column contributions. */
export function attributeEventTemplates(contributions: Float64Array, session: Session, max: number): Attribution[] {
  const templateIds = [...new Set(session.templateIds)];
  const byTemplate = new Float64Array(templateIds.length);
  const index = new Map(templateIds.map((t, i) => [t, i]));
  contributions.forEach((value, i) => (byTemplate[index.get(session.templateIds[i])!] += value));
  return attributeTemplates(byTemplate, templateIds.map((t) => [t]), max);
}
