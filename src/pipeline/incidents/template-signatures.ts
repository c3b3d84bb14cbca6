/** Sessions with the same set of templates share one signature: DBSCAN clusters signatures, not sessions. */
import { presentTemplateIds, type AnomalousSession } from "./anomalous-session";

export interface TemplateSignature {
  /** Sorted distinct template ids joined with ",". */
  key: string;
  templateIds: number[];
  /** Indexes into the stably sorted sessions, ascending. */
  sessionIndexes: number[];
}

/** Signatures in order of their first session, so the order follows the stable session order. */
export function groupBySignature(sortedSessions: readonly AnomalousSession[]): TemplateSignature[] {
  const byKey = new Map<string, TemplateSignature>();
  sortedSessions.forEach((session, index) => {
    const templateIds = presentTemplateIds(session.evidence);
    const key = templateIds.join(",");
    const signature = byKey.get(key);
    if (signature) {
      signature.sessionIndexes.push(index);
    } else {
      byKey.set(key, { key, templateIds, sessionIndexes: [index] });
    }
  });
  return [...byKey.values()];
}

/** Number of anomalous sessions each template occurs in. */
export function documentFrequencies(signatures: readonly TemplateSignature[]): Map<number, number> {
  const frequencies = new Map<number, number>();
  for (const signature of signatures) {
    for (const templateId of signature.templateIds) {
      frequencies.set(templateId, (frequencies.get(templateId) ?? 0) + signature.sessionIndexes.length);
    }
  }
  return frequencies;
}
