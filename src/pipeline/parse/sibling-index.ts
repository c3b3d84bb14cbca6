/**
 * Finds templates equal to a line at every position but one without scanning all templates:
 * each template is filed under one hash per position, of its words with that position left out.
 * Scanning every template of the same length for each new line would make training quadratic
 * in the number of templates; a lookup here costs O(words) however many templates there are.
 */

/** 32-bit FNV-1a of a word. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

function mix(hash: number, value: number): number {
  return (Math.imul(hash ^ value, 0x9e3779b1) + 0x7f4a7c15) >>> 0;
}

/** For each position p, a hash of the words other than p, with p and the word count folded in. */
function leaveOneOutHashes(tokens: readonly string[]): number[] {
  const words = tokens.map(wordHash);
  const prefix = [tokens.length];
  for (let i = 0; i < words.length; i++) {
    prefix.push(mix(prefix[i], words[i]));
  }
  const keys = new Array<number>(words.length);
  let suffix = 0x2545f491;
  for (let p = words.length - 1; p >= 0; p--) {
    keys[p] = mix(mix(prefix[p], suffix), p);
    suffix = mix(suffix, words[p]);
  }
  return keys;
}

export class SiblingIndex {
  private readonly idsByKey = new Map<number, number[]>();
  private readonly keysById = new Map<number, number[]>();

  /** Files a template (again, after a change: its old keys are dropped first). */
  put(id: number, tokens: readonly string[]): void {
    this.remove(id);
    const keys = leaveOneOutHashes(tokens);
    for (const key of keys) {
      const ids = this.idsByKey.get(key);
      if (ids) {
        ids.push(id);
      } else {
        this.idsByKey.set(key, [id]);
      }
    }
    this.keysById.set(id, keys);
  }

  remove(id: number): void {
    for (const key of this.keysById.get(id) ?? []) {
      const ids = this.idsByKey.get(key) ?? [];
      ids.splice(ids.indexOf(id), 1);
      if (ids.length === 0) {
        this.idsByKey.delete(key);
      }
    }
    this.keysById.delete(id);
  }

  /**
   * Per position, the ids of templates that may equal `tokens` everywhere else (hash matches:
   * callers confirm). Ids come out in filing order per position.
   */
  candidates(tokens: readonly string[]): Map<number, readonly number[]> {
    const found = new Map<number, readonly number[]>();
    leaveOneOutHashes(tokens).forEach((key, position) => {
      const ids = this.idsByKey.get(key);
      if (ids) {
        found.set(position, ids);
      }
    });
    return found;
  }
}
