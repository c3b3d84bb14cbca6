/** The events of one session (an HDFS block, a time window, a regex key) in arrival order. */
export interface Session {
  id: string;
  /** Template ids in the order their lines arrived. */
  templateIds: number[];
  /** Line ids aligned with `templateIds`. */
  lineIds: number[];
  /** Timestamps (ms) aligned with `templateIds`; NaN where a line had none. */
  timestamps: number[];
}

/** How lines are grouped into sessions. */
export type SessionKeying =
  | { kind: "auto" }
  | { kind: "block" }
  | { kind: "regex"; pattern: string }
  | { kind: "window"; seconds: number };

/** Bounded facts about one session kept while streaming, so incidents can show real lines. */
export interface SessionEvidence {
  sessionId: string;
  lineCount: number;
  /** Line counts by template id. */
  templateCounts: Record<number, number>;
  /** Line counts by level (`ERROR`, `WARN`, ...). */
  levels: Record<string, number>;
  /** Line counts by component. */
  components: Record<string, number>;
  startTime?: number;
  endTime?: number;
  /** A few example lines, favouring the session's rarest templates; capped in number and length. */
  examples: { templateId: number; lineId: number; text: string }[];
}
