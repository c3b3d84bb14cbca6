import { groupIncidents } from "../../../src/pipeline/incidents";

import { session, templateText } from "./fixtures/session-builder";

describe("incident fields", () => {
  it("numbers incidents by descending anomaly score, ties by fingerprint", () => {
    const incidents = groupIncidents(
      [
        session("low", { 1: 1 }, { score: 0.55 }),
        session("high", { 2: 1 }, { score: 0.9 }),
        session("tie-a", { 3: 1 }, { score: 0.7 }),
        session("tie-b", { 4: 1 }, { score: 0.7 }),
      ],
      templateText,
    );
    expect(incidents.map((incident) => incident.id)).toEqual(["inc-1", "inc-2", "inc-3", "inc-4"]);
    expect(incidents.map((incident) => incident.anomalyScore)).toEqual([0.9, 0.7, 0.7, 0.55]);
    expect(incidents[1].fingerprint < incidents[2].fingerprint).toBe(true);
  });

  it("fingerprints the distinct templates: counts and sessions do not matter", () => {
    const [one] = groupIncidents([session("a", { 1: 1, 2: 7 })], templateText);
    const [same] = groupIncidents([session("b", { 2: 1, 1: 1 }), session("c", { 1: 3, 2: 3 })], templateText);
    const [other] = groupIncidents([session("d", { 1: 1, 3: 1 })], templateText);
    expect(one.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(same.fingerprint).toBe(one.fingerprint);
    expect(other.fingerprint).not.toBe(one.fingerprint);
  });

  it("aggregates sessions: max score, sorted ids, summed levels, components by count", () => {
    const [incident] = groupIncidents(
      [
        session("blk_2", { 1: 2, 2: 1 }, { score: 0.6, levels: { INFO: 2, WARN: 1 }, components: { b: 2, a: 1 } }),
        session("blk_10", { 1: 1, 2: 1 }, { score: 0.8, levels: { INFO: 1, ERROR: 1 }, components: { c: 2 } }),
      ],
      templateText,
    );
    expect(incident.anomalyScore).toBe(0.8);
    expect(incident.sessionIds).toEqual(["blk_10", "blk_2"]);
    expect(incident.levels).toEqual({ INFO: 3, WARN: 1, ERROR: 1 });
    expect(incident.components).toEqual(["b", "c", "a"]);
  });

  it("spans the earliest start to the latest end, and leaves both out when no line had a time", () => {
    const [timed] = groupIncidents(
      [
        session("x", { 1: 1 }, { startTime: 5_000, endTime: 9_000 }),
        session("y", { 1: 1 }, { startTime: 2_000 }),
        session("z", { 1: 1 }, { startTime: 3_000, endTime: 12_000 }),
      ],
      templateText,
    );
    expect([timed.startTime, timed.endTime]).toEqual([2_000, 12_000]);
    const [untimed] = groupIncidents([session("u", { 1: 1 })], templateText);
    expect(untimed).not.toHaveProperty("startTime");
    expect(untimed).not.toHaveProperty("endTime");
  });

  it("lists templates most frequent first (ties by id), bounded, with their text", () => {
    const [incident] = groupIncidents([session("s", { 5: 1, 3: 4, 4: 4, 9: 2 })], templateText, { maxTemplates: 3 });
    expect(incident.templates).toEqual([
      { templateId: 3, template: "template 3 <*>", count: 4 },
      { templateId: 4, template: "template 4 <*>", count: 4 },
      { templateId: 9, template: "template 9 <*>", count: 2 },
    ]);
  });

  it("bounds the components", () => {
    const components = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`c${String(i).padStart(2, "0")}`, 30 - i]));
    const [incident] = groupIncidents([session("s", { 1: 1 }, { components })], templateText);
    expect(incident.components).toHaveLength(20);
    expect(incident.components[0]).toBe("c00");
  });
});

describe("representative lines", () => {
  const counts = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [i + 1, 1]));
  const lineText = (id: number): string => (id === 17 ? `081109 WARN dfs.DataNode: E${id} went wrong` : `081109 INFO dfs.DataNode: E${id}`);

  it("keeps at most the configured number, one per template, in line order", () => {
    const [incident] = groupIncidents([session("s", counts, { lineText })], templateText);
    expect(incident.representativeLines).toHaveLength(10);
    const ids = incident.representativeLines.map((line) => line.lineId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(incident.representativeLines.map((line) => line.text)).size).toBe(10);
  });

  it("prefers blamed templates, then WARN/ERROR lines, then the earliest", () => {
    const [incident] = groupIncidents(
      [session("s", counts, { lineText, attributions: [{ templateId: 25, weight: 1 }] })],
      templateText,
      { maxRepresentativeLines: 3 },
    );
    expect(incident.representativeLines.map((line) => line.text)).toEqual([
      "081109 INFO dfs.DataNode: E1",
      "081109 WARN dfs.DataNode: E17 went wrong",
      "081109 INFO dfs.DataNode: E25",
    ]);
  });

  it("takes the earliest example of a template across sessions", () => {
    const [incident] = groupIncidents(
      [session("late", { 1: 1 }, { firstLineId: 50 }), session("early", { 1: 1 }, { firstLineId: 7 })],
      templateText,
    );
    expect(incident.representativeLines.map((line) => line.lineId)).toEqual([7]);
  });
});

describe("log-controlled keys", () => {
  it("keeps components and levels named like Object properties as plain keys", () => {
    const [incident] = groupIncidents(
      [
        session("a", { 1: 1 }, { components: JSON.parse('{"__proto__": 2, "constructor": 1}'), levels: { constructor: 2 } }),
        session("b", { 1: 1 }, { components: JSON.parse('{"__proto__": 2}'), levels: { constructor: 1 } }),
      ],
      templateText,
    );
    expect(incident.components).toEqual(["__proto__", "constructor"]);
    expect(Object.entries(incident.levels)).toEqual([["constructor", 3]]);
  });
});
