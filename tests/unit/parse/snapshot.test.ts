import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { Drain, DrainSnapshotV1 } from "../../../src/pipeline/parse";
import { loghubTruthPath } from "../../support/shared-data";

const HISTORY = [
  "Receiving block blk_5792489080791696128 src: /10.251.30.6:33145 dest: /10.251.30.6:50010",
  "PacketResponder 1 for block blk_38865049064139660 terminating",
  "Invalid user alice from 10.0.0.1",
  "Invalid user bob from 10.0.0.2",
  "Invalid user carol from 10.0.0.3",
  "connection from host alpha",
  "alpha joined the ring at 1",
  "beta joined the ring at 2",
  "gamma joined the ring at 3",
  "delta joined the ring at 4",
  "ServerFileSystem domain red is down",
  "ServerFileSystem domain blue is down",
];
const FUTURE = [
  "Invalid user dave from 10.0.0.4",
  "connection from host 10.0.0.5",
  "PacketResponder 2 for block blk_-6952295868487656571 terminating",
  "a brand new message",
  "Receiving block blk_1 src: /10.251.30.7:1 dest: /10.251.30.7:50010",
  "epsilon joined the ring at 5",
  "ServerFileSystem domain 42 is down",
  "ServerFileSystem domain green is down",
];

function trained(lines: string[], config = {}): Drain {
  const drain = new Drain(config);
  lines.forEach((line) => drain.train(line));
  return drain;
}

/** A JSON round trip, as a snapshot stored in a file or a database would take. */
function throughJson(snapshot: DrainSnapshotV1): unknown {
  return JSON.parse(JSON.stringify(snapshot));
}

describe("Drain snapshots", () => {
  it("are versioned and tagged", () => {
    const snapshot = trained(HISTORY).toJSON();
    expect(snapshot).toMatchObject({ version: 1, kind: "drain" });
    expect(snapshot.config.similarityThreshold).toBe(1);
  });

  it("restore the same ids, templates and sizes", () => {
    const original = trained(HISTORY, { maxChildren: 3 });
    const restored = Drain.fromJSON(throughJson(original.toJSON()));
    expect(restored.templates()).toEqual(original.templates());
    expect(restored.toJSON()).toEqual(original.toJSON());
  });

  it.each([
    ["the defaults", {}],
    ["a shallow tree whose nodes overflow", { depth: 3, maxChildren: 2 }],
    ["a loose threshold", { similarityThreshold: 0.5 }],
  ])("continue exactly as the original would, with %s", (_case, config) => {
    const original = trained(HISTORY, config);
    const restored = Drain.fromJSON(throughJson(original.toJSON()));
    const continued = FUTURE.map((line) => original.train(line));
    expect(FUTURE.map((line) => restored.train(line))).toEqual(continued);
    expect(restored.toJSON()).toEqual(original.toJSON());
    const ids = original.toJSON().clusters.map((c) => c.id);
    expect(ids.map((id) => restored.resolve(id))).toEqual(ids.map((id) => original.resolve(id)));
  });

  it.each(["Mac", "Thunderbird", "HPC"] as const)(
    "continue exactly on real logs (%s, snapshot after 1,000 lines)",
    (system) => {
      const lines = (parse(readFileSync(loghubTruthPath(system)), { columns: true }) as { Content: string }[]).map((row) => row.Content);
      const original = trained(lines.slice(0, 1000));
      const restored = Drain.fromJSON(throughJson(original.toJSON()));
      const rest = lines.slice(1000);
      expect(rest.map((line) => restored.train(line))).toEqual(rest.map((line) => original.train(line)));
      expect(restored.toJSON()).toEqual(original.toJSON());
    },
  );

  it("keep the fast path, so a restored miner forgets nothing within its bound", () => {
    const original = trained(HISTORY, { maxFastPathEntries: 2 });
    expect(original.toJSON().fastPath).toHaveLength(2);
    expect(Drain.fromJSON(throughJson(original.toJSON())).toJSON().fastPath).toEqual(original.toJSON().fastPath);
  });

  const valid = (): Record<string, unknown> => throughJson(trained(HISTORY).toJSON()) as Record<string, unknown>;

  it.each<[string, (s: Record<string, unknown>) => unknown]>([
    ["null", () => null],
    ["a string", () => "drain"],
    ["another version", (s) => ({ ...s, version: 2 })],
    ["another kind", (s) => ({ ...s, kind: "pca" })],
    ["a missing config", (s) => ({ ...s, config: undefined })],
    ["a bad config value", (s) => ({ ...s, config: { ...(s.config as object), depth: 1 } })],
    ["an unknown field", (s) => ({ ...s, extra: true })],
    ["ids out of order", (s) => ({ ...s, clusters: [...(s.clusters as unknown[])].reverse() })],
    ["a merge into a newer cluster", (s) => ({ ...s, clusters: (s.clusters as object[]).map((c, i) => (i === 0 ? { ...c, mergedInto: 99 } : c)) })],
    ["a merge cycle", (s) => ({ ...s, clusters: (s.clusters as object[]).map((c, i) => (i < 2 ? { ...c, mergedInto: 2 - i } : c)) })],
    ["a route of the wrong depth", (s) => ({ ...s, clusters: (s.clusters as object[]).map((c) => ({ ...c, route: [] })) })],
    ["a fast path into a missing cluster", (s) => ({ ...s, fastPath: [["x", 99]] })],
  ])("are rejected when they have %s", (_case, corrupt) => {
    expect(() => Drain.fromJSON(corrupt(valid()))).toThrow(/^invalid drain snapshot: /);
    expect(() => Drain.fromJSON(corrupt(valid()))).toThrow(RangeError);
  });
});
