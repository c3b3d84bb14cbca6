import type { LogRecord } from "../../../src/domain/log-record";
import { SessionCollector } from "../../../src/pipeline/features";

let nextLine = 0;
const line = (content: string, extra: Partial<LogRecord> = {}): LogRecord => ({ lineId: ++nextLine, raw: `RAW ${content}`, content, ...extra });

beforeEach(() => {
  nextLine = 0;
});

describe("SessionCollector, block keying", () => {
  it("gives a line to every distinct block it names, once each", () => {
    const c = new SessionCollector({ kind: "block" }, { keepEvidence: false });
    c.add(line("Receiving block blk_1 src"), 5);
    c.add(line("Deleting block blk_-2 file /data/blk_-2 and blk_1"), 21);
    c.add(line("no block here"), 9);
    c.add(line("Received block blk_-2 of size 3"), 9);
    expect(c.sessions()).toEqual([
      { id: "blk_1", templateIds: [5, 21], lineIds: [1, 2], timestamps: [NaN, NaN] },
      { id: "blk_-2", templateIds: [21, 9], lineIds: [2, 4], timestamps: [NaN, NaN] },
    ]);
    expect(c.unkeyedRecords).toBe(1);
    expect(c.sessionCount).toBe(2);
  });

  it("tells apart ids that differ only in sign, leading zeros or length, and keeps ids over 19 digits", () => {
    const c = new SessionCollector({ kind: "block" }, { keepEvidence: false });
    const ids = ["blk_1", "blk_-1", "blk_01", "blk_1234567890123456789", "blk_12345678901234567890123", "blk_123456789", "blk_0123456789"];
    for (const id of [...ids, ...ids]) {
      c.add(line(`block ${id} done`), 1);
    }
    expect(c.sessions().map((s) => [s.id, s.lineIds])).toEqual(ids.map((id, i) => [id, [i + 1, i + 1 + ids.length]]));
  });

  it("keeps sessions apart across table growth (5,000 blocks, interleaved)", () => {
    const c = new SessionCollector({ kind: "block" }, { keepEvidence: false });
    for (let round = 0; round < 3; round++) {
      for (let b = 0; b < 5000; b++) {
        c.add(line(`blk_-${1e15 + b * 7919} step`), round);
      }
    }
    const sessions = c.sessions();
    expect(sessions).toHaveLength(5000);
    expect(sessions[4321]).toMatchObject({ id: `blk_-${1e15 + 4321 * 7919}`, templateIds: [0, 1, 2], lineIds: [4322, 9322, 14322] });
  });
});

describe("SessionCollector, regex and window keying", () => {
  it("keys by the first capture group, or the whole match without one", () => {
    const byGroup = new SessionCollector({ kind: "regex", pattern: "job_(\\d+)" }, { keepEvidence: false });
    const whole = new SessionCollector({ kind: "regex", pattern: "job_\\d+" }, { keepEvidence: false });
    for (const content of ["start job_7 now", "job_8 ok", "nothing", "end job_7"]) {
      const record = line(content);
      byGroup.add(record, 1);
      whole.add(record, 1);
    }
    expect(byGroup.sessions().map((s) => [s.id, s.lineIds])).toEqual([["7", [1, 4]], ["8", [2]]]);
    expect(whole.sessions().map((s) => s.id)).toEqual(["job_7", "job_8"]);
    expect(byGroup.unkeyedRecords).toBe(1);
  });

  it("rejects a bad pattern when constructed", () => {
    expect(() => new SessionCollector({ kind: "regex", pattern: "(" }, { keepEvidence: false })).toThrow(RangeError);
  });

  it("buckets by time, and untimed records by fixed line windows", () => {
    const c = new SessionCollector({ kind: "window", seconds: 60 }, { keepEvidence: false, linesPerWindow: 2 });
    const t0 = Date.UTC(2008, 10, 9, 20, 30, 0);
    c.add(line("a", { timestamp: t0 + 59_999 }), 1);
    c.add(line("b", { timestamp: t0 + 60_000 }), 2);
    c.add(line("c", { timestamp: t0 }), 3);
    c.add(line("d"), 4);
    c.add(line("e"), 5);
    expect(c.sessions().map((s) => [s.id, s.templateIds, s.timestamps])).toEqual([
      ["2008-11-09T20:30:00.000Z", [1, 3], [t0 + 59_999, t0]],
      ["2008-11-09T20:31:00.000Z", [2], [t0 + 60_000]],
      ["lines:3-4", [4], [NaN]],
      ["lines:5-6", [5], [NaN]],
    ]);
  });
});

describe("SessionCollector evidence", () => {
  it("counts templates, levels and components and keeps the first line of each template while there is room", () => {
    const c = new SessionCollector({ kind: "block" }, { keepEvidence: true, maxExamplesPerSession: 3, maxExampleLength: 12 });
    c.add(line("open blk_1", { level: "INFO", component: "dfs.DataNode", timestamp: 2000 }), 5);
    c.add(line("again blk_1", { level: "INFO", component: "dfs.DataNode", timestamp: 1000 }), 5);
    c.add(line("fail blk_1", { level: "WARN", component: "dfs.FSNamesystem" }), 7);
    c.add(line("more blk_1", { level: "WARN" }), 9);
    c.add(line("other blk_2"), 5);
    expect(c.evidence("blk_1")).toEqual({
      sessionId: "blk_1",
      lineCount: 4,
      templateCounts: { 5: 2, 7: 1, 9: 1 },
      levels: { INFO: 2, WARN: 2 },
      components: { "dfs.DataNode": 2, "dfs.FSNamesystem": 1 },
      startTime: 1000,
      endTime: 2000,
      examples: [
        { templateId: 5, lineId: 1, text: "RAW open blk" },
        { templateId: 7, lineId: 3, text: "RAW fail blk" },
        { templateId: 9, lineId: 4, text: "RAW more blk" },
      ],
    });
    expect(c.evidence("blk_2")).toMatchObject({ lineCount: 1, levels: {}, examples: [{ templateId: 5, lineId: 5 }] });
    expect(c.evidence("blk_2")).not.toHaveProperty("startTime");
    expect(c.evidence("blk_3")).toBeUndefined();
  });

  it("when full, swaps the commonest template's example for one at least twice as rare", () => {
    const c = new SessionCollector({ kind: "block" }, { keepEvidence: true, maxExamplesPerSession: 1 });
    for (const content of ["recv blk_1", "recv blk_1", "recv blk_1"]) {
      c.add(line(content), 5);
    }
    c.add(line("exception blk_1"), 7); // 1 line of E7 so far against 3 of E5: replaces it
    c.add(line("other blk_1"), 9); // 1 line of E9 against 1 of E7: kept out
    expect(c.evidence("blk_1")?.examples).toEqual([{ templateId: 7, lineId: 4, text: "RAW exception blk_1" }]);
  });

  it("has no evidence when it was not asked to keep it", () => {
    const c = new SessionCollector({ kind: "block" }, { keepEvidence: false });
    c.add(line("blk_1"), 1);
    expect(c.evidence("blk_1")).toBeUndefined();
  });
});
