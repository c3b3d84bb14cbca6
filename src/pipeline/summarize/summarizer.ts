/** What every summary provider (offline rules, Anthropic, OpenAI-compatible) implements. */
import type { Incident } from "../../domain/incident";
import type { IncidentSummary, SummaryProvider } from "../../domain/incident-summary";

export interface Summarizer {
  readonly provider: SummaryProvider;
  readonly model: string;
  summarize(incident: Incident): Promise<IncidentSummary>;
}
