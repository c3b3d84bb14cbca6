/** A cluster of lines sharing one template, and how a new line generalises it. */
import { generalizeToken, tokenMatches } from "./template-token";

export interface LogCluster {
  readonly id: number;
  /** Template words; `<*>` marks a parameter. Always matches every line the cluster absorbed. */
  tokens: string[];
  /** Lines absorbed, including those of clusters merged into this one. */
  size: number;
  /** Set once this cluster has been merged into another; its lines now belong there. */
  mergedInto?: number;
}

/** Widens `template` so that `tokens` is an instance of it; returns whether anything changed. */
export function absorbTokens(template: string[], tokens: readonly string[]): boolean {
  let changed = false;
  for (let i = 0; i < template.length; i++) {
    if (!tokenMatches(template[i], tokens[i])) {
      template[i] = generalizeToken(template[i], tokens[i]);
      changed = true;
    }
  }
  return changed;
}
