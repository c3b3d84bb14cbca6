/** Idf-weighted template-presence vectors and their cosine distance. */
import type { TemplateSignature } from "./template-signatures";

/** Unit-length sparse vector; `templateIds` ascending, `weights` aligned. */
export interface SparseVector {
  templateIds: Int32Array;
  weights: Float64Array;
}

/**
 * Presence, not counts: an incident is about which kinds of events happened, and counts vary
 * with block size and replication. Idf (smoothed, over the anomalous sessions) lets a rare
 * exception template outweigh the routine templates every session shares.
 */
export function idfPresenceVector(
  signature: TemplateSignature,
  documentFrequency: ReadonlyMap<number, number>,
  sessionCount: number,
): SparseVector {
  const weights = signature.templateIds.map(
    (id) => Math.log((1 + sessionCount) / (1 + (documentFrequency.get(id) ?? 0))) + 1,
  );
  const norm = Math.hypot(...weights);
  return {
    templateIds: Int32Array.from(signature.templateIds),
    weights: Float64Array.from(weights, (w) => (norm > 0 ? w / norm : 0)),
  };
}

/** 1 − cosine similarity of two unit vectors; 1 when either is empty (nothing in common). */
export function cosineDistance(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.templateIds.length && j < b.templateIds.length) {
    const idA = a.templateIds[i];
    const idB = b.templateIds[j];
    if (idA === idB) {
      dot += a.weights[i++] * b.weights[j++];
    } else if (idA < idB) {
      i++;
    } else {
      j++;
    }
  }
  // Rounding can push identical vectors a hair past 1.
  return Math.max(0, 1 - dot);
}
