export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface TemplateCount {
  templateId: number;
  template: string;
  count: number;
}

export interface RepresentativeLine {
  lineId: number;
  text: string;
}

/** A group of anomalous sessions that look like one problem. */
export interface Incident {
  /** Deterministic id within one analysis: `inc-1`, `inc-2`, ... by descending score. */
  id: string;
  /**
   * The same problem gets the same fingerprint in every analysis: 12 hex digits of the SHA-256 of
   * the incident's distinct template texts (all of them, not only `templates`), normalized
   * (whitespace, placeholders, case) and sorted. Never template ids, which each analysis numbers
   * afresh, nor counts or line order.
   */
  fingerprint: string;
  severity: Severity;
  /** Highest session score in the incident. */
  anomalyScore: number;
  sessionIds: string[];
  /** ms since epoch; undefined when no line carried a time. */
  startTime?: number;
  endTime?: number;
  components: string[];
  /** Line counts by level, e.g. { ERROR: 3, INFO: 10 }. */
  levels: Record<string, number>;
  /** Templates of the incident's lines, most frequent first. */
  templates: TemplateCount[];
  /** A bounded set of raw lines that show the problem. */
  representativeLines: RepresentativeLine[];
}
