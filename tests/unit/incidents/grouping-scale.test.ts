import { groupIncidents, type AnomalousSession } from "../../../src/pipeline/incidents";

import { session, shuffled, templateText } from "./fixtures/session-builder";

/** Deterministic pseudo-random numbers in [0, 1). */
function numberStream(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * 20,000 sessions shaped like HDFS anomalies: 18,000 drawn from 60 recurring template sets
 * (routine templates 1-8 plus one or two problem templates) and 2,000 with random sets from
 * 400 templates, which DBSCAN mostly cannot see (they exceed its point budget).
 */
function hdfsLikeSessions(count: number): AnomalousSession[] {
  const next = numberStream(11);
  const pick = (n: number): number => Math.floor(next() * n);
  const recurring = Array.from({ length: 60 }, (_, k) => ({ 1: 3, 2: 3, 3: 1, 4: 1, 5: 2, [9 + (k % 20)]: 1, [40 + k]: 1 }));
  return Array.from({ length: count }, (_, i) => {
    const counts: Record<number, number> = i % 10 === 0 ? {} : { ...recurring[pick(recurring.length)] };
    if (i % 10 === 0) {
      for (let k = 0; k < 8; k++) {
        counts[100 + pick(400)] = 1 + pick(4);
      }
    }
    return session(`blk_${i}`, counts, { score: 0.5 + next() / 2, firstLineId: i * 10 });
  });
}

describe("grouping at scale", () => {
  const sessions = hdfsLikeSessions(20_000);

  // How its time grows with the number of sessions is measured by `npm run bench -- scaling`
  // (group-incidents), not asserted here.
  it("puts each of 20,000 anomalous sessions in one incident, independent of input order", () => {
    const incidents = groupIncidents(sessions, templateText);
    expect(incidents.reduce((sum, incident) => sum + incident.sessionIds.length, 0)).toBe(20_000);
    expect(groupIncidents(shuffled(sessions, 99), templateText)).toEqual(incidents);
  });
});
