import type { Severity } from "../../../src/domain/incident";
import { groupIncidents } from "../../../src/pipeline/incidents";
import { DEFAULT_INCIDENT_CONFIG } from "../../../src/pipeline/incidents/incident-config";
import { classifySeverity, type SeverityEvidence } from "../../../src/pipeline/incidents/incident-severity";

import { session, templateText } from "./fixtures/session-builder";

const quiet: SeverityEvidence = {
  levelClasses: { fatal: 0, error: 0, warn: 0, other: 100 },
  exceptionCount: 0,
  sessionCount: 1,
  anomalyStrength: 0.5,
};

describe("classifySeverity", () => {
  const cases: [string, Partial<SeverityEvidence>, Severity][] = [
    ["a single FATAL line", { levelClasses: { fatal: 1, error: 0, warn: 0, other: 99 } }, "critical"],
    ["a few ERROR lines in one session", { levelClasses: { fatal: 0, error: 3, warn: 0, other: 97 } }, "high"],
    ["ERROR lines in many sessions", { levelClasses: { fatal: 0, error: 3, warn: 0, other: 97 }, sessionCount: 20 }, "critical"],
    ["mostly ERROR lines", { levelClasses: { fatal: 0, error: 6, warn: 0, other: 4 } }, "critical"],
    ["an exception logged at INFO", { exceptionCount: 1 }, "high"],
    ["WARN lines", { levelClasses: { fatal: 0, error: 0, warn: 5, other: 95 } }, "medium"],
    ["WARN lines with an alarming strength", { levelClasses: { fatal: 0, error: 0, warn: 5, other: 95 }, anomalyStrength: 0.95 }, "high"],
    ["WARN lines in many sessions", { levelClasses: { fatal: 0, error: 0, warn: 5, other: 95 }, sessionCount: 25 }, "high"],
    ["routine lines only", {}, "low"],
    ["routine lines with an alarming strength", { anomalyStrength: 0.95 }, "medium"],
    ["routine lines at exactly the alarming strength", { anomalyStrength: DEFAULT_INCIDENT_CONFIG.alarmingStrength }, "medium"],
    ["routine lines in many sessions", { sessionCount: 500 }, "medium"],
    ["no lines with a level at all", { levelClasses: { fatal: 0, error: 0, warn: 0, other: 0 } }, "low"],
  ];

  it.each(cases)("%s → %s", (_name, evidence, expected) => {
    expect(classifySeverity({ ...quiet, ...evidence }, DEFAULT_INCIDENT_CONFIG)).toBe(expected);
  });
});

describe("severity of grouped incidents", () => {
  it("reads level names case-insensitively and in the spellings of several formats", () => {
    const severityOf = (levels: Record<string, number>): Severity =>
      groupIncidents([session("s", { 1: 1 }, { levels })], templateText)[0].severity;
    expect(severityOf({ INFO: 10, FATAL: 1 })).toBe("critical");
    expect(severityOf({ info: 10, severe: 1 })).toBe("high");
    expect(severityOf({ INFO: 10, Warning: 2 })).toBe("medium");
    expect(severityOf({ INFO: 10 })).toBe("low");
  });

  // Twenty quiet sessions, each its own incident; only the ranks of their scores may matter.
  const quietSessions = (scoreOf: (rank: number) => number) =>
    Array.from({ length: 20 }, (_, rank) => session(`s${rank}`, { [rank + 1]: 1 }, { score: scoreOf(rank) }));
  const severitiesByScore = (sessions: ReturnType<typeof quietSessions>) =>
    groupIncidents(sessions, templateText).map((incident) => [incident.anomalyScore, incident.severity]);

  it("lifts the quiet incidents in the top decile of the batch's anomalies, on any score scale", () => {
    const ranked = severitiesByScore(quietSessions((rank) => rank + 1));
    expect(ranked.slice(0, 3)).toEqual([[20, "medium"], [19, "medium"], [18, "low"]]);
    expect(ranked.filter(([, severity]) => severity === "low")).toHaveLength(18);
    const probabilities = severitiesByScore(quietSessions((rank) => 0.5 + rank / 100));
    expect(probabilities.map(([, severity]) => severity)).toEqual(ranked.map(([, severity]) => severity));
  });

  it("lifts none when every anomaly scores the same: none stands out", () => {
    const tied = severitiesByScore(quietSessions(() => 1));
    expect(tied.every(([, severity]) => severity === "low")).toBe(true);
  });

  it("counts an exception named in a template as an error", () => {
    const [incident] = groupIncidents([session("s", { 1: 1 })], () => "Got exception java.io.IOException: <*>");
    expect(incident.severity).toBe("high");
  });
});
