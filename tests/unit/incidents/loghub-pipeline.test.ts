/** Incidents of the whole pipeline (default detector, real scores) over the nine LogHub 2k systems. */
import { SEVERITIES, type Incident, type Severity } from "../../../src/domain/incident";
import { countLevelClasses, DEFAULT_INCIDENT_CONFIG, findExceptionNames } from "../../../src/pipeline/incidents";
import type { AnalysisResult } from "../../../src/pipeline/run-pipeline";
import { LOGHUB_2K_SYSTEMS, type LoghubSystem } from "../../support/shared-data";

import { analyzeLines, loghubLines } from "./fixtures/loghub-analyses";

const analyses = new Map<LoghubSystem, AnalysisResult>();

beforeAll(async () => {
  for (const system of LOGHUB_2K_SYSTEMS) {
    analyses.set(system, await analyzeLines(loghubLines(system)));
  }
}, 180_000);

const allIncidents = (): [LoghubSystem, Incident][] =>
  [...analyses].flatMap(([system, analysis]) => analysis.incidents.map((incident): [LoghubSystem, Incident] => [system, incident]));

describe("fingerprints", () => {
  it("differ between unrelated incidents: across systems always, within one unless the templates are the same", () => {
    const owners = new Map<string, { system: LoghubSystem; templates: string }>();
    for (const [system, incident] of allIncidents()) {
      const templates = incident.templates.map((t) => t.template).sort().join("\n");
      const owner = owners.get(incident.fingerprint) ?? { system, templates };
      owners.set(incident.fingerprint, owner);
      expect({ fingerprint: incident.fingerprint, system, templates }).toEqual({ fingerprint: incident.fingerprint, ...owner });
    }
    expect(owners.size).toBeGreaterThan(400);
  });
});

/** No FATAL, ERROR or WARN line, no exception name, not widespread: only anomaly strength can lift it. */
function isQuiet(incident: Incident): boolean {
  const { fatal, error, warn } = countLevelClasses(incident.levels);
  const texts = [...incident.templates.map((t) => t.template), ...incident.representativeLines.map((l) => l.text)];
  return fatal + error + warn === 0 && findExceptionNames(texts).length === 0 && incident.sessionIds.length < DEFAULT_INCIDENT_CONFIG.widespreadSessions;
}

/** Mid-rank percentile of the score among the batch's anomalous sessions, from the detector's own output. */
function percentileAmongAnomalies(score: number, analysis: AnalysisResult): number {
  const anomalous = analysis.detection.scores.filter((s) => s.anomaly).map((s) => s.score);
  const below = anomalous.filter((s) => s < score).length;
  const equal = anomalous.filter((s) => s === score).length;
  return (below + equal / 2) / anomalous.length;
}

describe("severity from the default detector's real scores", () => {
  it("uses the whole scale, low included", () => {
    const histogram = new Map<Severity, number>();
    for (const [, incident] of allIncidents()) {
      histogram.set(incident.severity, (histogram.get(incident.severity) ?? 0) + 1);
    }
    expect([...histogram.keys()].sort()).toEqual([...SEVERITIES].sort());
  });

  it("lifts a quiet incident to medium exactly when its score is in the top decile of its batch's anomalies", () => {
    const lifted = new Set<boolean>();
    for (const [system, analysis] of analyses) {
      for (const incident of analysis.incidents.filter(isQuiet)) {
        const isExceptional = percentileAmongAnomalies(incident.anomalyScore, analysis) >= DEFAULT_INCIDENT_CONFIG.alarmingStrength;
        expect({ system, score: incident.anomalyScore, severity: incident.severity }).toEqual({
          system,
          score: incident.anomalyScore,
          severity: isExceptional ? "medium" : "low",
        });
        lifted.add(isExceptional);
      }
    }
    expect([...lifted].sort()).toEqual([false, true]);
  });
});
