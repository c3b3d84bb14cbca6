/** Public surface of the summarize stage. */
export { incidentSummarySchema, remediationStepSchema } from "./incident-summary-schema";
export { OFFLINE_MODEL, offlineSummarizer, summarizeOffline } from "./offline-summarizer";
export { quoteLogText, sanitizeLogText } from "./quote-log-text";
export type { Summarizer } from "./summarizer";
