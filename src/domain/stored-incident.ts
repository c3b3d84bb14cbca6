/** Incidents and their explanations as the store keeps them: the pipeline's output plus ids, analyst status and times. */
import type { Incident } from "./incident";
import type { IncidentSummary } from "./incident-summary";

export const INCIDENT_STATUSES = ["OPEN", "ACKNOWLEDGED", "RESOLVED", "FALSE_POSITIVE"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** The pipeline's incident as stored: its analysis-local id kept as `localId`, times as dates. */
export interface StoredIncident extends Omit<Incident, "id" | "startTime" | "endTime"> {
  id: string;
  batchId: string;
  /** The pipeline's id within its analysis (`inc-1`). */
  localId: string;
  /** Analyst feedback; OPEN until someone sets it. */
  status: IncidentStatus;
  startTime: Date | null;
  endTime: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The evidence a listing leaves out: session ids and representative lines can run to thousands. */
export type IncidentEvidence = Pick<StoredIncident, "id" | "sessionIds" | "representativeLines">;

/** An incident in a listing, without its evidence (loaded separately when asked for) or level counts. */
export type ListedIncident = Omit<StoredIncident, "sessionIds" | "representativeLines" | "levels">;

/** A summary as stored: any provider name a row may hold, and what the LLM call cost. */
export interface StoredSummary extends Omit<IncidentSummary, "provider"> {
  id: string;
  /** `offline`, or the LLM provider that wrote it. */
  provider: string;
  /** What the LLM call cost; null for the offline summarizer. */
  inputTokens: number | null;
  outputTokens: number | null;
  costUsd: number | null;
  latencyMs: number | null;
  createdAt: Date;
}

/** A judge's marks for one summary, each in [0, 1]. */
export interface StoredQualityScore {
  id: string;
  summaryId: string;
  judge: string;
  relevance: number;
  specificity: number;
  actionability: number;
  /** Of the three marks. */
  mean: number;
  rationale: string;
  costUsd: number | null;
  createdAt: Date;
}
