/** When two clusters are one template: their templates unify position by position. */
import type { LogCluster } from "./log-cluster";
import type { SiblingIndex } from "./sibling-index";
import { hasParam, tokenMatches } from "./template-token";

/** Constant words two templates must share before a differing first word can be a parameter. */
const MIN_SHARED_CONSTANTS = 2;

/** Whether every line `specific` stands for is also an instance of `general`. */
function subsumes(general: readonly string[], specific: readonly string[]): boolean {
  if (general.length !== specific.length) {
    return false;
  }
  for (let i = 0; i < general.length; i++) {
    if (!tokenMatches(general[i], specific[i])) {
      return false;
    }
  }
  return true;
}

/**
 * One template covers the other. Only whole-template subsumption counts: two templates that
 * are each more general at some position (`<*> result ok`, `done <*> <*>`) would unify to a
 * template that explains nothing, and merging on that cascades into `<*> <*> <*>`.
 */
export function unifies(a: readonly string[], b: readonly string[]): boolean {
  return subsumes(a, b) || subsumes(b, a);
}

/** The oldest live cluster among `ids` (other than `exceptId`) whose template unifies with `tokens`. */
export function compatibleCluster(
  tokens: readonly string[],
  ids: readonly number[],
  clusters: readonly LogCluster[],
  exceptId = 0,
): LogCluster | undefined {
  for (const id of ids) {
    if (id !== exceptId && unifies(clusters[id - 1].tokens, tokens)) {
      return clusters[id - 1];
    }
  }
  return undefined;
}

/** Folds `gone` into `keep`: the more general word wins at each position, sizes add up. */
export function unifyInto(keep: LogCluster, gone: LogCluster): void {
  for (let i = 0; i < keep.tokens.length; i++) {
    if (!tokenMatches(keep.tokens[i], gone.tokens[i])) {
      keep.tokens[i] = gone.tokens[i];
    }
  }
  keep.size += gone.size;
  gone.mergedInto = keep.id;
}

/**
 * Whether `a` and `b` are equal but at `position`, where neither word is an instance of the
 * other, and share enough constant words elsewhere: in `starting` vs `running`, or
 * `onScreenOn <*>` vs `onScreenOff <*>`, the differing word is the whole message, and a first
 * word is usually the message's verb, so it needs one more shared word than other positions.
 */
function isSiblingAt(a: readonly string[], b: readonly string[], position: number): boolean {
  if (a.length !== b.length || tokenMatches(a[position], b[position]) || tokenMatches(b[position], a[position])) {
    return false;
  }
  let shared = 0;
  for (let i = 0; i < a.length; i++) {
    if (i !== position) {
      if (a[i] !== b[i]) {
        return false;
      }
      shared += hasParam(a[i]) ? 0 : 1;
    }
  }
  return shared >= (position === 0 ? MIN_SHARED_CONSTANTS : MIN_SHARED_CONSTANTS - 1);
}

/**
 * The largest set of clusters that equal `tokens` but at one and the same position, oldest
 * first, and that position. Clusters identical but for one word are one template with a
 * parameter there once the word takes enough distinct values (see `minValuesToParameterize`).
 */
export function siblingsOf(
  tokens: readonly string[],
  index: SiblingIndex,
  clusters: readonly LogCluster[],
): { position: number; siblings: LogCluster[] } {
  let best = { position: -1, siblings: [] as LogCluster[] };
  for (const [position, ids] of index.candidates(tokens)) {
    const siblings = ids
      .filter((id) => isSiblingAt(clusters[id - 1].tokens, tokens, position))
      .sort((x, y) => x - y)
      .map((id) => clusters[id - 1]);
    if (siblings.length > best.siblings.length) {
      best = { position, siblings };
    }
  }
  return best;
}
