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
