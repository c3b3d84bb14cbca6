/** The offline summarizer: deterministic rules over an incident's evidence, no network, no LLM. */
import type { Incident } from "../../domain/incident";
import type { IncidentSummary } from "../../domain/incident-summary";

import { describeComponent, explainIncident } from "./explain-incident";
import { gatherFacts } from "./incident-facts";
import { incidentSummarySchema } from "./incident-summary-schema";
import { remediationFor } from "./remediation-playbook";
import { inferRootCause } from "./root-cause";
import type { Summarizer } from "./summarizer";
import { scoreConfidence } from "./summary-confidence";

export const OFFLINE_MODEL = "offline-rules-v1";

/** Pure and synchronous: the same incident always gives the same summary. */
export function summarizeOffline(incident: Incident): IncidentSummary {
  const facts = gatherFacts(incident);
  const rootCause = inferRootCause(facts);
  const topComponent = incident.components[0];
  const where = topComponent === undefined ? "the affected nodes" : `the nodes running ${describeComponent(topComponent)}`;
  // Parsing our own output guards the bounds the schema promises to every consumer.
  return incidentSummarySchema.parse({
    incidentId: incident.id,
    provider: "offline",
    model: OFFLINE_MODEL,
    explanation: explainIncident(facts),
    rootCause: rootCause.statement,
    severity: incident.severity,
    confidence: scoreConfidence(facts, rootCause.strength),
    remediation: remediationFor(rootCause.category, where),
  });
}

export const offlineSummarizer: Summarizer = {
  provider: "offline",
  model: OFFLINE_MODEL,
  summarize: async (incident) => summarizeOffline(incident),
};
