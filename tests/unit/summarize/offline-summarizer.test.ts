import type { Incident } from "../../../src/domain/incident";
import { incidentSummarySchema, offlineSummarizer, summarizeOffline } from "../../../src/pipeline/summarize";

import { bglConnectionReset, hadoopNoRouteToHost, hdfsRoutineOnly, incident } from "./fixtures/incident-builder";

const line = (lineId: number, text: string) => ({ lineId, text });
const template = (templateId: number, text: string, count = 1) => ({ templateId, template: text, count });

describe("summarizeOffline", () => {
  it("is marked offline: provider, model and the explanation say so", () => {
    const summary = summarizeOffline(hadoopNoRouteToHost);
    expect(summary.provider).toBe("offline");
    expect(summary.model).toBe("offline-rules-v1");
    expect(summary.explanation).toMatch(/^Produced by the offline rule-based summarizer \(no LLM was used\)\./);
    expect(summary.incidentId).toBe("inc-1");
  });

  it("is deterministic and does not touch the incident", () => {
    const copy: Incident = structuredClone(hadoopNoRouteToHost);
    const first = summarizeOffline(hadoopNoRouteToHost);
    expect(summarizeOffline(copy)).toEqual(first);
    expect(copy).toEqual(hadoopNoRouteToHost);
  });

  it("is served through the Summarizer interface", async () => {
    expect(offlineSummarizer.provider).toBe("offline");
    expect(offlineSummarizer.model).toBe("offline-rules-v1");
    await expect(offlineSummarizer.summarize(bglConnectionReset)).resolves.toEqual(summarizeOffline(bglConnectionReset));
  });

  it("says what, how often, where and when", () => {
    const { explanation, severity } = summarizeOffline(hadoopNoRouteToHost);
    expect(severity).toBe("critical");
    expect(explanation).toContain("2 anomalous sessions with 34 log lines (20 INFO, 10 WARN, 2 ERROR, 2 FATAL)");
    expect(explanation).toContain("Main components: org.apache.hadoop.mapred.TaskAttemptListenerImpl, org.apache.hadoop.ipc.Client.");
    expect(explanation).toContain("From 2015-10-18 18:06:21 UTC to 2015-10-18 18:06:28 UTC (about 7 seconds).");
    expect(explanation).toContain("Exceptions named in the logs: java.net.NoRouteToHostException.");
    expect(explanation).toContain("Key line 1020:");
  });

  it("produces output the schema accepts", () => {
    for (const fixture of [hadoopNoRouteToHost, bglConnectionReset, hdfsRoutineOnly, incident()]) {
      expect(incidentSummarySchema.safeParse(summarizeOffline(fixture)).success).toBe(true);
    }
  });

  it("tags remediation immediate, short-term and long-term, naming only evidence", () => {
    const { remediation } = summarizeOffline(bglConnectionReset);
    expect(remediation.map((step) => step.horizon)).toEqual(["immediate", "short-term", "long-term"]);
    expect(remediation[0].action).toContain("the nodes running APP");
    expect(summarizeOffline(incident()).remediation[0].action).toContain("the affected nodes");
  });
});

describe("root-cause hypotheses", () => {
  const cases: [string, Incident, RegExp][] = [
    ["a specific exception beats wording in the same line", hadoopNoRouteToHost, /^Network connections between nodes failed.*NoRouteToHostException/],
    ["FATAL wording without an exception", bglConnectionReset, /^Network connections.*line 1779 reads “APPRES/],
    [
      "an IOException whose line says what failed",
      incident({
        levels: { WARN: 1 },
        representativeLines: [line(7, "2015-08-20 17:14:11,414 - WARN [NIOServerCxn.Factory] - Exception causing close of session 0x0 due to java.io.IOException: Connection reset by peer")],
      }),
      /^Network connections/,
    ],
    [
      "a bare IOException",
      incident({ levels: { WARN: 1 }, templates: [template(3, "Exception causing close of session <*> due to java.io.IOException: ZooKeeperServer not running")] }),
      /^Reads or writes failed.*java\.io\.IOException/,
    ],
    ["out of memory", incident({ levels: { ERROR: 1 }, templates: [template(1, "java.lang.OutOfMemoryError: Java heap space")] }), /^A process ran out of memory/],
    ["disk full", incident({ levels: { ERROR: 2 }, representativeLines: [line(4, "ERROR write failed: No space left on device")] }), /^Storage ran out of space/],
    ["permission", incident({ levels: { ERROR: 1 }, templates: [template(2, "Permission denied for user <*>")] }), /^Requests were rejected for lack of permission/],
    ["timeout", incident({ levels: { WARN: 1 }, templates: [template(2, "java.net.SocketTimeoutException: <*> millis timeout")] }), /^Operations timed out/],
    ["hardware", incident({ levels: { FATAL: 3 }, templates: [template(55, "data TLB error interrupt", 3)] }), /^Hardware on the affected nodes/],
    ["programming error", incident({ levels: { ERROR: 1 }, templates: [template(9, "java.lang.NullPointerException at <*>")] }), /^Application code hit a programming error/],
    ["failing to contact a server", incident({ levels: { ERROR: 2 }, templates: [template(4, "ERROR IN CONTACTING RM.", 2)] }), /^Network connections.*“ERROR IN CONTACTING RM\.”/],
    [
      "an error with no known pattern",
      incident({ levels: { WARN: 2 }, templates: [template(6, "Task cleanup failed for attempt <*>", 2)] }),
      /^No known failure pattern matched; the dominant failure template is “Task cleanup failed for attempt <\*>” \(2 lines\)/,
    ],
    ["only routine lines", hdfsRoutineOnly, /^No error lines or failure wording in the evidence/],
  ];

  it.each(cases)("%s", (_name, fixture, expected) => {
    expect(summarizeOffline(fixture).rootCause).toMatch(expected);
  });
});

describe("confidence", () => {
  it("stays in [0, 1] and falls with the evidence", () => {
    const strong = summarizeOffline(hadoopNoRouteToHost).confidence;
    const routine = summarizeOffline(hdfsRoutineOnly).confidence;
    const empty = summarizeOffline(incident()).confidence;
    for (const confidence of [strong, routine, empty]) {
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
    expect(strong).toBeGreaterThan(routine);
    expect(routine).toBeGreaterThan(empty);
    expect(strong).toBeLessThan(1);
  });

  it("grows with the number of sessions that repeat the pattern", () => {
    const many = { ...hadoopNoRouteToHost, sessionIds: Array.from({ length: 40 }, (_, i) => `s${i}`) };
    const one = { ...hadoopNoRouteToHost, sessionIds: ["s0"] };
    expect(summarizeOffline(many).confidence).toBeGreaterThan(summarizeOffline(one).confidence);
  });
});
