import type { Severity } from "./incident";

export type RemediationHorizon = "immediate" | "short-term" | "long-term";

export interface RemediationStep {
  horizon: RemediationHorizon;
  action: string;
}

export type SummaryProvider = "offline" | "anthropic" | "openai";

/** An explanation of one incident, from an LLM or the deterministic offline summarizer. */
export interface IncidentSummary {
  incidentId: string;
  provider: SummaryProvider;
  /** Model name; `offline-rules-v1` for the offline summarizer. */
  model: string;
  explanation: string;
  rootCause: string;
  severity: Severity;
  /** In [0, 1]. */
  confidence: number;
  remediation: RemediationStep[];
}
