/** zod schema of IncidentSummary: checks the offline summarizer's output and, later, an LLM's. */
import { z } from "zod";

import { SEVERITIES } from "../../domain/incident";
import type { IncidentSummary } from "../../domain/incident-summary";

// Bounds keep one summary a small record and stop a runaway model from filling the store.
const MAX_EXPLANATION_CHARS = 4000;
const MAX_ROOT_CAUSE_CHARS = 1500;
const MAX_ACTION_CHARS = 500;
const MAX_REMEDIATION_STEPS = 10;

export const remediationStepSchema = z.strictObject({
  horizon: z.enum(["immediate", "short-term", "long-term"]),
  action: z.string().trim().min(1).max(MAX_ACTION_CHARS),
});

export const incidentSummarySchema = z.strictObject({
  incidentId: z.string().min(1),
  provider: z.enum(["offline", "anthropic", "openai"]),
  model: z.string().min(1),
  explanation: z.string().trim().min(1).max(MAX_EXPLANATION_CHARS),
  rootCause: z.string().trim().min(1).max(MAX_ROOT_CAUSE_CHARS),
  severity: z.enum(SEVERITIES),
  confidence: z.number().min(0).max(1),
  remediation: z.array(remediationStepSchema).min(1).max(MAX_REMEDIATION_STEPS),
}) satisfies z.ZodType<IncidentSummary>;
