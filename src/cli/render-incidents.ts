import Table from "cli-table3";
import type { Incident } from "../domain/incident";
import type { IncidentSummary } from "../domain/incident-summary";

function timeRange(incident: Incident): string {
  if (incident.startTime === undefined || incident.endTime === undefined) {
    return "-";
  }
  return `${new Date(incident.startTime).toISOString()} → ${new Date(incident.endTime).toISOString()}`;
}

function incidentTable(incidents: Incident[]): string {
  const colors = process.stdout.isTTY ? {} : { head: [], border: [] };
  const table = new Table({ head: ["id", "severity", "score", "sessions", "time", "top template"], style: colors });
  for (const incident of incidents) {
    const top = incident.templates[0];
    table.push([
      incident.id,
      incident.severity,
      incident.anomalyScore.toFixed(3),
      String(incident.sessionIds.length),
      timeRange(incident),
      top ? `${top.template.slice(0, 60)} (×${top.count})` : "-",
    ]);
  }
  return table.toString();
}

function summaryBlock(incident: Incident, summary: IncidentSummary): string {
  const label = summary.provider === "offline" ? "offline summary, no LLM" : `${summary.provider} ${summary.model}`;
  const steps = summary.remediation.map((step) => `    [${step.horizon}] ${step.action}`);
  return [
    `${incident.id} — ${summary.severity}, confidence ${summary.confidence.toFixed(2)} (${label})`,
    `  ${summary.explanation}`,
    `  Root cause: ${summary.rootCause}`,
    "  Remediation:",
    ...steps,
    "  Lines:",
    ...incident.representativeLines.slice(0, 3).map((line) => `    ${line.lineId}: ${line.text.slice(0, 160)}`),
  ].join("\n");
}

/** The human view of an analysis: a table of incidents, then each one explained. */
export function renderIncidents(incidents: Incident[], summaries: IncidentSummary[]): string {
  if (incidents.length === 0) {
    return "No incidents: no session stood out as anomalous.\n";
  }
  const byId = new Map(summaries.map((s) => [s.incidentId, s]));
  const blocks = incidents.map((incident) => {
    const summary = byId.get(incident.id);
    return summary ? summaryBlock(incident, summary) : `${incident.id}: no summary`;
  });
  return `${incidentTable(incidents)}\n\n${blocks.join("\n\n")}\n`;
}
