import { groupIncidents, type AnomalousSession } from "../../../src/pipeline/incidents";

import { session, shuffled, templateText } from "./fixtures/session-builder";

/** Session ids of each incident, in incident order. */
const membersOf = (sessions: AnomalousSession[], config = {}): string[][] =>
  groupIncidents(sessions, templateText, config).map((incident) => incident.sessionIds);

// Routine templates 1-4 everywhere; group A adds 10, group B adds 20 and 21, the noise session is alone.
const groupA = ["a1", "a2", "a3"].map((id) => session(id, { 1: 3, 2: 3, 3: 2, 10: 1 }, { score: 0.7 }));
const groupB = ["b1", "b2", "b3", "b4"].map((id) => session(id, { 1: 2, 2: 2, 4: 1, 20: 2, 21: 1 }, { score: 0.8 }));
const noise = session("n1", { 30: 5, 31: 1 }, { score: 0.65 });
const twoGroupsAndNoise = [...groupA, ...groupB, noise];

describe("groupIncidents", () => {
  it("finds two clear groups and keeps the noise session as its own incident", () => {
    expect(membersOf(twoGroupsAndNoise)).toEqual([["b1", "b2", "b3", "b4"], ["a1", "a2", "a3"], ["n1"]]);
  });

  it("returns no incidents for no sessions", () => {
    expect(groupIncidents([], templateText)).toEqual([]);
  });

  it("gives the same incidents whatever the input order", () => {
    const expected = groupIncidents(twoGroupsAndNoise, templateText);
    for (const seed of [1, 2, 3, 42, 1234]) {
      expect(groupIncidents(shuffled(twoGroupsAndNoise, seed), templateText)).toEqual(expected);
    }
  });

  it("is deterministic across calls and does not mutate its input", () => {
    const input = shuffled(twoGroupsAndNoise, 7);
    const before = JSON.stringify(input);
    const first = groupIncidents(input, templateText);
    expect(groupIncidents(input, templateText)).toEqual(first);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("puts identical template sets together even when the counts differ", () => {
    const sessions = [session("x", { 1: 1, 2: 1 }), session("y", { 1: 50, 2: 9 })];
    expect(membersOf(sessions)).toEqual([["x", "y"]]);
  });

  it("keeps sessions apart that differ by one rare template each (idf makes them far)", () => {
    const routine = { 1: 3, 2: 3, 3: 3, 4: 3, 5: 3, 6: 3, 7: 3 };
    const sessions = [
      ...["p1", "p2"].map((id) => session(id, { ...routine, 40: 1 })),
      ...["q1", "q2"].map((id) => session(id, { ...routine, 41: 1 })),
      ...["r1", "r2", "r3", "r4"].map((id) => session(id, routine)),
    ];
    expect(membersOf(sessions).sort()).toEqual([["p1", "p2"], ["q1", "q2"], ["r1", "r2", "r3", "r4"]]);
  });
});

describe("the shared rare template rule", () => {
  // Far apart by cosine distance (different routine templates), but both carry rare template 99.
  const left = session("left", { 1: 5, 2: 5, 3: 5, 99: 1 });
  const right = session("right", { 5: 5, 6: 5, 7: 5, 99: 1 });
  const fillers = Array.from({ length: 200 }, (_, i) => session(`f${String(i).padStart(3, "0")}`, { [50 + (i % 20)]: 1, 80: 1 }));

  it("links sessions that share a template few anomalous sessions have", () => {
    const incidents = groupIncidents([left, right, ...fillers], templateText);
    expect(incidents.find((incident) => incident.sessionIds.includes("left"))?.sessionIds).toEqual(["left", "right"]);
  });

  it("does not link through a template that is common among anomalous sessions", () => {
    const common = Array.from({ length: 20 }, (_, i) => session(`c${i}`, { [60 + i]: 1, 99: 1 }));
    const incidents = groupIncidents([left, right, ...common, ...fillers], templateText, { epsilon: 0.05 });
    expect(incidents.find((incident) => incident.sessionIds.includes("left"))?.sessionIds).toEqual(["left"]);
  });

  it("can be switched off", () => {
    const incidents = groupIncidents([left, right, ...fillers], templateText, { rareTemplateMaxShare: 0 });
    expect(incidents.find((incident) => incident.sessionIds.includes("left"))?.sessionIds).toEqual(["left"]);
  });

  it("links sessions through the template a detector blamed, even when it is not rare", () => {
    const blamed = [{ templateId: 70, weight: 2 }];
    const sessions = [
      session("u1", { 1: 4, 2: 4, 70: 1 }, { attributions: blamed }),
      session("u2", { 5: 4, 6: 4, 70: 1 }, { attributions: blamed }),
      session("u3", { 8: 4, 9: 4, 70: 1 }),
      ...Array.from({ length: 40 }, (_, i) => session(`g${String(i).padStart(2, "0")}`, { [11 + (i % 10)]: 1, 30: 1 })),
    ];
    const withBlame = groupIncidents(sessions, templateText, { rareTemplateMaxShare: 0.01 });
    expect(withBlame.find((incident) => incident.sessionIds.includes("u1"))?.sessionIds).toEqual(["u1", "u2", "u3"]);
    const unblamed = sessions.map((s) => ({ ...s, attributions: undefined }));
    const withoutBlame = groupIncidents(unblamed, templateText, { rareTemplateMaxShare: 0.01 });
    expect(withoutBlame.find((incident) => incident.sessionIds.includes("u1"))?.sessionIds).toEqual(["u1"]);
  });
});

describe("configuration", () => {
  it("rejects invalid settings with a validation error", () => {
    expect(() => groupIncidents(twoGroupsAndNoise, templateText, { epsilon: 2 })).toThrow(/epsilon/);
    expect(() => groupIncidents(twoGroupsAndNoise, templateText, { minPoints: 1 })).toThrow(/minPoints/);
  });

  it("caps what DBSCAN sees and assigns the remaining signatures to the nearest clustered one", () => {
    const capped = groupIncidents(twoGroupsAndNoise, templateText, { maxClusteringPoints: 2 });
    expect(capped.map((incident) => incident.sessionIds)).toEqual(membersOf(twoGroupsAndNoise));
  });
});
