/** A detector's verdict on one session: higher score = more anomalous. */
export interface SessionScore {
  sessionId: string;
  score: number;
  anomaly: boolean;
}

/** Templates that pushed a session's score up, most to blame first. */
export interface Attribution {
  templateId: number;
  weight: number;
}
