import type { Incident } from "../../../src/domain/incident";
import { groupIncidents } from "../../../src/pipeline/incidents";
import { summarizeOffline } from "../../../src/pipeline/summarize";
import { LOGHUB_2K_SYSTEMS } from "../../support/shared-data";
import { loadLoghubCorpus } from "../incidents/fixtures/loghub-sessions";
import { shuffled } from "../incidents/fixtures/session-builder";

import { identifierTokens, inventedIdentifiers } from "./fixtures/identifier-tokens";
import { bglConnectionReset, hadoopNoRouteToHost, hdfsRoutineOnly, incident } from "./fixtures/incident-builder";

/** Variants that remove evidence, so a name seen only in the removed part must disappear too. */
function degraded(source: Incident): Incident[] {
  return [
    source,
    { ...source, representativeLines: [] },
    { ...source, templates: [] },
    { ...source, components: [] },
    { ...source, templates: source.templates.slice(1), representativeLines: source.representativeLines.slice(1) },
  ];
}

/** Incidents from real LogHub lines: 9 systems × 3 window sizes × 3 subsets of the sessions. */
function loghubIncidents(): Incident[] {
  return LOGHUB_2K_SYSTEMS.flatMap((system) =>
    [5, 20, 50].flatMap((linesPerSession) => {
      const corpus = loadLoghubCorpus(system, linesPerSession);
      return [1, 0.5, 0.2].flatMap((share) => {
        const subset = shuffled(corpus.sessions, linesPerSession).slice(0, Math.ceil(corpus.sessions.length * share));
        return groupIncidents(subset, corpus.templateText);
      });
    }),
  );
}


describe("grounding on real LogHub incidents", () => {
  const incidents = loghubIncidents().flatMap(degraded);

  it("builds enough incidents to mean something", () => {
    expect(incidents.length).toBeGreaterThan(2000);
  });

  it("never names a component, exception or file that is not in the incident's evidence", () => {
    const violations = incidents
      .map((candidate) => ({ id: candidate.fingerprint, invented: inventedIdentifiers(candidate, summarizeOffline(candidate)) }))
      .filter(({ invented }) => invented.length > 0);
    expect(violations).toEqual([]);
  });

  it("does name the exceptions and components the evidence holds", () => {
    const named = incidents.filter((candidate) => {
      const summary = summarizeOffline(candidate);
      return identifierTokens(summary.explanation).some((token) => /Exception$/.test(token));
    });
    expect(named.length).toBeGreaterThan(0);
  });
});

describe("grounding on hand-built incidents", () => {
  it("has a checker that catches invented names (so a passing test means something)", () => {
    const summary = summarizeOffline(hdfsRoutineOnly);
    const tampered = { ...summary, rootCause: `${summary.rootCause} See java.lang.OutOfMemoryError in /var/log/hadoop/datanode.log.` };
    expect(inventedIdentifiers(hdfsRoutineOnly, tampered)).toEqual([
      "java.lang.OutOfMemoryError",
      "datanode.log",
      "OutOfMemoryError",
      "/var/log/hadoop/datanode.log",
    ]);
  });

  it.each([
    ["Hadoop NoRouteToHost", hadoopNoRouteToHost],
    ["BGL connection reset", bglConnectionReset],
    ["HDFS routine", hdfsRoutineOnly],
    ["empty", incident()],
  ])("%s", (_name, fixture) => {
    for (const variant of degraded(fixture)) {
      expect(inventedIdentifiers(variant, summarizeOffline(variant))).toEqual([]);
    }
  });

  it("names nothing at all when the evidence names nothing", () => {
    const plain = incident({
      levels: { ERROR: 3 },
      templates: [{ templateId: 1, template: "disk full on <*>", count: 3 }],
      representativeLines: [{ lineId: 1, text: "ERROR disk full on node 7" }],
    });
    const summary = summarizeOffline(plain);
    expect(identifierTokens([summary.explanation, summary.rootCause, ...summary.remediation.map((s) => s.action)].join(" "))).toEqual([]);
  });

  it("names each category's rule hits only from the evidence", () => {
    const templates = [
      "java.lang.OutOfMemoryError: Java heap space",
      "org.apache.hadoop.util.DiskChecker$DiskErrorException: No space left on device",
      "org.apache.hadoop.security.AccessControlException: Permission denied: user=<*>",
      "java.net.SocketTimeoutException: <*> millis timeout while waiting for channel",
      "java.io.IOException: Connection reset by peer",
      "java.io.IOException: Checksum error: /blk_<*> at <*>",
      "instruction cache parity error corrected",
      "java.lang.NullPointerException at org.apache.zookeeper.server.DataTree.getNode(DataTree.java:<*>)",
    ];
    for (const text of templates) {
      const fixture = incident({ levels: { ERROR: 1 }, templates: [{ templateId: 1, template: text, count: 1 }] });
      expect(inventedIdentifiers(fixture, summarizeOffline(fixture))).toEqual([]);
    }
  });
});
