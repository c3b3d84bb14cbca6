/** Incidents and their explanations as the store keeps them: the pipeline's output plus ids, analyst status and times. */
import type { RepresentativeLine, Severity, TemplateCount } from "./incident";
import type { RemediationStep } from "./incident-summary";

export const INCIDENT_STATUSES = ["OPEN", "ACKNOWLEDGED", "RESOLVED", "FALSE_POSITIVE"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export interface StoredIncident {
  id: string;
  batchId: string;
  /** The pipeline's id within its analysis (`inc-1`). */
  localId: string;
  fingerprint: string;
  severity: Severity;
  anomalyScore: number;
  /** Analyst feedback; OPEN until someone sets it. */
  status: IncidentStatus;
  startTime: Date | null;
  endTime: Date | null;
  sessionIds: string[];
  components: string[];
  /** Line counts by level, e.g. { ERROR: 3, INFO: 10 }. */
  levels: Record<string, number>;
  /** Most frequent first. */
  templates: TemplateCount[];
  representativeLines: RepresentativeLine[];
  createdAt: Date;
  updatedAt: Date;
}

/** The evidence a listing leaves out: session ids and representative lines can run to thousands. */
export type IncidentEvidence = Pick<StoredIncident, "id" | "sessionIds" | "representativeLines">;

/** An incident in a listing, without its evidence (loaded separately when asked for) or level counts. */
export type ListedIncident = Omit<StoredIncident, "sessionIds" | "representativeLines" | "levels">;

export interface StoredSummary {
  id: string;
  incidentId: string;
  /** `offline`, or the LLM provider that wrote it. */
  provider: string;
  model: string;
  explanation: string;
  rootCause: string;
  severity: Severity;
  /** In [0, 1]. */
  confidence: number;
  remediation: RemediationStep[];
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
