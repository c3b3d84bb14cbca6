/** How anomalous sessions are grouped into incidents and how much evidence each incident keeps. */
import { z } from "zod";

export const incidentConfigSchema = z.strictObject({
  /** DBSCAN radius in cosine distance over idf-weighted template-presence vectors. */
  epsilon: z.number().gt(0).lt(1),
  /** DBSCAN core-point threshold, counting the session itself. */
  minPoints: z.number().int().min(2),
  /** Most points handed to DBSCAN; the remaining template signatures are assigned to the nearest one. */
  maxClusteringPoints: z.number().int().min(2),
  /** A template in at most this share of anomalous sessions (at least 2 of them) links them; 0 = off. */
  rareTemplateMaxShare: z.number().min(0).max(1),
  /** How many of a session's top attributions count as the template the detector blamed. */
  attributionTopK: z.number().int().min(0),
  /** A blamed template in at most this share of anomalous sessions links them too; 0 = off. */
  attributedTemplateMaxShare: z.number().min(0).max(1),
  /** Templates kept per incident, most frequent first. */
  maxTemplates: z.number().int().min(1),
  /** Raw lines kept per incident. */
  maxRepresentativeLines: z.number().int().min(1),
  /** Components kept per incident, most frequent first. */
  maxComponents: z.number().int().min(1),
  /** Sessions from which an incident counts as widespread (raises severity one step). */
  widespreadSessions: z.number().int().min(1),
  /**
   * Anomaly strength (the incident's percentile rank among the batch's anomalous sessions, 0–1)
   * from which a quiet incident (no error lines) is raised one step.
   */
  alarmingStrength: z.number().gt(0).max(1),
});

export type IncidentConfig = z.infer<typeof incidentConfigSchema>;

export const DEFAULT_INCIDENT_CONFIG: IncidentConfig = {
  // Measured on the HDFS dev pool's 5,137 anomalous blocks (76 template signatures): 0.25 chains
  // every block with an error into one incident of 3,228; 0.2 gives 5 incidents; 0.15 gives 10,
  // keeping delete errors, re-replication, redundant addStoredBlock, empty packets and write-path
  // exceptions apart; 0.1 splits the same problems over 25.
  epsilon: 0.15,
  // Anomalous sessions are already a filtered minority: a pattern seen twice is a recurring
  // problem. Identical signatures are fed to DBSCAN up to minPoints times, so 2 means "seen twice".
  minPoints: 2,
  // The package's DBSCAN makes n² distance calls and an O(n) `indexOf` per merged neighbour, so
  // one tight cluster of m points costs O(m³). Measured (2 shared cores): m = 1,000 → 0.6 s,
  // 1,500 → 1.7 s, 2,000 → 3.8 s. Real logs have few signatures (HDFS dev pool: 76), so the cap
  // only bites on very diverse sessions, whose rest is assigned by an inverted index in ms.
  maxClusteringPoints: 1000,
  // 1% of 20,000 anomalous sessions is 200: a minority problem, not a routine template. On the
  // HDFS dev pool this picks exactly the ten exception and oddity templates (≤ 17 blocks each).
  rareTemplateMaxShare: 0.01,
  // Our detectors give the top template most of the weight (often > 0.9 of it); the rest is noise.
  attributionTopK: 1,
  // Count-based detectors often blame a busy template, which says little about which problem it
  // is. On 20,000 generated HDFS blocks (674 flagged), 0.25 merged four clean groups into one of
  // 209 sessions; 0.1 kept them apart and only joined two small groups to their neighbours.
  attributedTemplateMaxShare: 0.1,
  // Bounded so one incident stays a small record; the tail of a template list is rarely read.
  maxTemplates: 50,
  // Ten lines fit one screen of an on-call's terminal.
  maxRepresentativeLines: 10,
  maxComponents: 20,
  // Twenty blocks or windows failing the same way is no longer a single-node hiccup.
  widespreadSessions: 20,
  // The top decile of a batch's anomalies. Over the nine LogHub 2k systems with the default
  // detector (476 incidents), a raw score ≥ 0.75 lifted every quiet incident, since invariants
  // mining scores ≥ 1 (0 low, 372 medium, 35 high, 69 critical); strength ≥ 0.9 gives 259 low,
  // 136 medium, 12 high, 69 critical (0.8: 203 low; 0.95: 304 low). Never lifts to critical.
  alarmingStrength: 0.9,
};

/** Merges overrides into the defaults and validates; throws a ZodError on bad configuration. */
export function resolveIncidentConfig(overrides: Partial<IncidentConfig> = {}): IncidentConfig {
  return incidentConfigSchema.parse({ ...DEFAULT_INCIDENT_CONFIG, ...overrides });
}
