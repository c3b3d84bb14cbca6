import { groupIncidents } from "../../../src/pipeline/incidents";
import { LOGHUB_2K_SYSTEMS } from "../../support/shared-data";

import { loadLoghubCorpus } from "./fixtures/loghub-sessions";
import { shuffled } from "./fixtures/session-builder";


describe("incidents from real LogHub windows", () => {
  it.each(LOGHUB_2K_SYSTEMS)("%s: a bounded, ordered partition of the sessions, independent of order", (system) => {
    const corpus = loadLoghubCorpus(system, 20);
    const incidents = groupIncidents(corpus.sessions, corpus.templateText);
    const grouped = incidents.flatMap((incident) => incident.sessionIds).sort();
    expect(grouped).toEqual(corpus.sessions.map((s) => s.evidence.sessionId).sort());
    incidents.forEach((incident, index) => {
      expect(incident.id).toBe(`inc-${index + 1}`);
      expect(incident.representativeLines.length).toBeLessThanOrEqual(10);
      expect(incident.templates.length).toBeLessThanOrEqual(50);
      expect(incident.templates.length).toBeGreaterThan(0);
      if (index > 0) {
        expect(incident.anomalyScore).toBeLessThanOrEqual(incidents[index - 1].anomalyScore);
      }
    });
    expect(groupIncidents(shuffled(corpus.sessions, 5), corpus.templateText)).toEqual(incidents);
  });

  it("rates every incident with a FATAL line critical, e.g. Hadoop's NoRouteToHost task failures", () => {
    const corpus = loadLoghubCorpus("Hadoop", 20);
    const fatal = groupIncidents(corpus.sessions, corpus.templateText).filter((incident) => (incident.levels.FATAL ?? 0) > 0);
    expect(fatal.some((incident) => incident.representativeLines.some((line) => line.text.includes("NoRouteToHostException")))).toBe(true);
    expect(fatal.every((incident) => incident.severity === "critical")).toBe(true);
  });
});
