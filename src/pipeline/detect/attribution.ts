/** Maps a detector's per-column contributions back to the templates behind the columns. */
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
