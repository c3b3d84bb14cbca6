/** The plain-English explanation: what happened, how often, where, when; every specific from the evidence. */
import { countNoun } from "./count-noun";
import type { IncidentFacts } from "./incident-facts";
import { quoteLogText, quoteName } from "./quote-log-text";

export const OFFLINE_NOTICE = "Produced by the offline rule-based summarizer (no LLM was used).";

const LISTED_COMPONENTS = 3;
const LISTED_TEMPLATES = 3;
const LISTED_EXCEPTIONS = 5;
const COMPONENT_CHARS = 80;
const LEVEL_CHARS = 16;

export function explainIncident(facts: IncidentFacts): string {
  return [
    OFFLINE_NOTICE,
    describeVolume(facts),
    describeWhere(facts),
    describeWhen(facts),
    describeExceptions(facts),
    describeTemplates(facts),
    describeKeyLine(facts),
  ]
    .filter((sentence) => sentence.length > 0)
    .join(" ");
}

function describeVolume(facts: IncidentFacts): string {
  const { incident, sessionCount, lineCount } = facts;
  const levels = Object.entries(incident.levels)
    .sort(([levelA, a], [levelB, b]) => b - a || (levelA < levelB ? -1 : 1))
    .map(([level, count]) => `${count} ${quoteName(level, LEVEL_CHARS)}`);
  const levelText = levels.length > 0 ? ` (${levels.join(", ")})` : "";
  return (
    `This ${incident.severity}-severity incident covers ${countNoun(sessionCount, "anomalous session")}` +
    ` with ${countNoun(lineCount, "log line")}${levelText}; the highest anomaly score is ${formatScore(incident.anomalyScore)}.`
  );
}

export function describeComponent(component: string): string {
  return quoteName(component, COMPONENT_CHARS);
}

function describeWhere(facts: IncidentFacts): string {
  const components = facts.incident.components.slice(0, LISTED_COMPONENTS).map(describeComponent);
  if (components.length === 0) {
    return "No component was recorded.";
  }
  const more = facts.incident.components.length - components.length;
  return `Main components: ${components.join(", ")}${more > 0 ? ` and ${more} more` : ""}.`;
}

function describeWhen(facts: IncidentFacts): string {
  const { startTime, endTime } = facts.incident;
  if (startTime === undefined || endTime === undefined) {
    return "No timestamps were available.";
  }
  return `From ${formatTime(startTime)} to ${formatTime(endTime)} (${formatDuration(endTime - startTime)}).`;
}

function describeExceptions(facts: IncidentFacts): string {
  const names = facts.exceptionNames.slice(0, LISTED_EXCEPTIONS);
  return names.length > 0 ? `Exceptions named in the logs: ${names.join(", ")}.` : "";
}

function describeTemplates(facts: IncidentFacts): string {
  const templates = facts.incident.templates.slice(0, LISTED_TEMPLATES);
  if (templates.length === 0) {
    return "";
  }
  const listed = templates.map((t) => `${quoteLogText(t.template, 120)} (${t.count}×)`).join("; ");
  return `Most frequent templates: ${listed}.`;
}

function describeKeyLine(facts: IncidentFacts): string {
  const line = facts.severeLines[0] ?? facts.incident.representativeLines[0];
  return line ? `Key line ${line.lineId}: ${quoteLogText(line.text)}.` : "";
}

function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(3) : "unknown";
}

/** UTC, to the second: the same incident reads the same on every machine. */
function formatTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? "an unreadable time" : `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) {
    return `about ${countNoun(seconds, "second")}`;
  }
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) {
    return `about ${countNoun(minutes, "minute")}`;
  }
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `about ${countNoun(hours, "hour")}` : `about ${countNoun(Math.round(hours / 24), "day")}`;
}
