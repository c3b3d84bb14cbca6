/** The incidents stage: anomalous sessions in, numbered incidents out. Pure and order-independent. */
import type { Incident } from "../../domain/incident";

import { AnomalyStrength } from "./anomaly-strength";
import { compareStrings, sortSessionsStably, type AnomalousSession } from "./anomalous-session";
import { buildIncident, type BatchContext, type UnnumberedIncident } from "./build-incident";
import { resolveIncidentConfig, type IncidentConfig } from "./incident-config";
import { idfPresenceVector } from "./sparse-vectors";
import { clusterSignatures } from "./signature-clustering";
import { linkSignaturesByTemplates, linkingTemplates } from "./template-links";
import { documentFrequencies, groupBySignature } from "./template-signatures";

/**
 * 1. Sort sessions by id, so nothing downstream depends on input order.
 * 2. Collapse sessions with the same template set into one signature.
 * 3. DBSCAN on idf-weighted presence vectors of the signatures (cosine distance).
 * 4. Union signatures whose rarest rare-or-blamed template is the same.
 * 5. Build one incident per group; number them by descending anomaly score, ties by fingerprint.
 *
 * `sessions` are all the batch's anomalous sessions: severity ranks each incident's score among them.
 */
export function groupIncidents(
  sessions: AnomalousSession[],
  templateText: (templateId: number) => string,
  config: Partial<IncidentConfig> = {},
): Incident[] {
  const resolved = resolveIncidentConfig(config);
  const sorted = sortSessionsStably(sessions);
  const signatures = groupBySignature(sorted);
  const frequencies = documentFrequencies(signatures);
  const unions = clusterSignatures({
    vectors: signatures.map((signature) => idfPresenceVector(signature, frequencies, sorted.length)),
    multiplicities: signatures.map((signature) => signature.sessionIndexes.length),
    epsilon: resolved.epsilon,
    minPoints: resolved.minPoints,
    maxClusteringPoints: resolved.maxClusteringPoints,
  });
  const linking = linkingTemplates(sorted, frequencies, resolved);
  linkSignaturesByTemplates(signatures, linking, frequencies, unions);
  const batch: BatchContext = {
    templateText,
    rareTemplates: linking,
    strength: new AnomalyStrength(sorted.map((session) => session.score)),
    config: resolved,
  };
  const incidents = unions.groups().map((signatureIndexes) => {
    const members = signatureIndexes
      .flatMap((index) => signatures[index].sessionIndexes)
      .sort((a, b) => a - b)
      .map((index) => sorted[index]);
    return buildIncident(members, batch);
  });
  return numberIncidents(incidents);
}

function numberIncidents(incidents: UnnumberedIncident[]): Incident[] {
  return incidents
    .sort(
      (a, b) =>
        b.anomalyScore - a.anomalyScore ||
        compareStrings(a.fingerprint, b.fingerprint) ||
        compareStrings(a.sessionIds[0], b.sessionIds[0]),
    )
    .map((incident, index) => ({ id: `inc-${index + 1}`, ...incident }));
}
