import { groupIncidents } from "../../../src/pipeline/incidents";
import { fingerprintTemplates, normalizeTemplate } from "../../../src/pipeline/incidents/fingerprint";
import type { LoghubSystem } from "../../support/shared-data";

import { analyzeLines, loghubLines } from "./fixtures/loghub-analyses";
import { session, shuffled } from "./fixtures/session-builder";

describe("normalizeTemplate", () => {
  it.each([
    ["collapses and trims whitespace", "  Receiving block <*>\t src:  <*> ", "receiving block <*> src: <*>"],
    ["writes named placeholders as <*>", "Connection from <IP> port <NUM>", "connection from <*> port <*>"],
    ["folds a run of placeholders into one", "allocateBlock: <*> <*> <*> done", "allocateblock: <*> done"],
    ["keeps text glued to a placeholder", "headroom=<memory:<*>, vCores:<*>", "headroom=<memory:<*>, vcores:<*>"],
    ["lower-cases letters", "PacketResponder <*> TERMINATING", "packetresponder <*> terminating"],
  ])("%s", (_name, template, normalized) => {
    expect(normalizeTemplate(template)).toBe(normalized);
  });
});

describe("fingerprintTemplates", () => {
  it("depends on the distinct normalized texts only: not their order, repeats or spelling", () => {
    const fingerprint = fingerprintTemplates(["Served block <*> to <*>", "Deleting block <*>"]);
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprintTemplates(["deleting  block <NUM>", "Served block <*> to <*>", "Deleting block <*>"])).toBe(fingerprint);
    expect(fingerprintTemplates(["Served block <*> to <*>"])).not.toBe(fingerprint);
  });

  it("does not depend on the template ids an analysis happened to give", () => {
    const texts: Record<number, string> = { 1: "Served block <*>", 2: "Deleting block <*>", 7: "Deleting block <*>", 9: "Served block <*>" };
    const [first] = groupIncidents([session("a", { 1: 1, 2: 3 })], (id) => texts[id]);
    const [second] = groupIncidents([session("a", { 7: 1, 9: 3 })], (id) => texts[id]);
    expect(second.fingerprint).toBe(first.fingerprint);
  });

  it("covers every template of the incident, not only the maxTemplates it keeps", () => {
    const texts: Record<number, string> = { 1: "Served block <*>", 2: "Deleting block <*>", 3: "Block <*> is corrupt", 11: "Served block <*>", 12: "Deleting block <*>" };
    const text = (id: number): string => texts[id];
    const [tail] = groupIncidents([session("a", { 1: 5, 2: 1 })], text, { maxTemplates: 1 });
    const [sameTail] = groupIncidents([session("b", { 11: 5, 12: 1 })], text, { maxTemplates: 1 });
    const [otherTail] = groupIncidents([session("c", { 1: 5, 3: 1 })], text, { maxTemplates: 1 });
    expect(otherTail.templates).toEqual(tail.templates);
    expect(sameTail.fingerprint).toBe(tail.fingerprint);
    expect(otherTail.fingerprint).not.toBe(tail.fingerprint);
  });
});

describe("fingerprints from the whole pipeline on LogHub 2k", () => {
  // HDFS sessions are blocks and HealthApp's are time windows: shuffling lines keeps both.
  it.each<LoghubSystem>(["HDFS", "HealthApp"])("%s: the same incidents from the lines in another order keep their fingerprints", async (system) => {
    const lines = loghubLines(system);
    const [inOrder, reordered] = await Promise.all([analyzeLines(lines), analyzeLines(shuffled(lines, 7))]);
    const bySessions = (incidents: typeof inOrder.incidents) =>
      Object.fromEntries(incidents.map((incident) => [incident.sessionIds.join(" "), incident.fingerprint]));
    expect(inOrder.incidents.length).toBeGreaterThan(1);
    expect(bySessions(reordered.incidents)).toEqual(bySessions(inOrder.incidents));
  });
});
