/**
 * Values that are words: booleans, null, and the default account names LogHub's guidelines
 * treat as user parameters (Thunderbird's `session opened for user root`).
 */
export const LITERAL_VALUES: readonly string[] = ["true", "false", "null", "root", "admin"];

export const MAX_LITERAL_LENGTH = Math.max(...LITERAL_VALUES.map((value) => value.length));

/** Whether `text[start, end)` is one of the LITERAL_VALUES, ignoring case (`True`, `NULL`). */
export function isLiteralValueAt(text: string, start: number, end: number): boolean {
  if (end - start > MAX_LITERAL_LENGTH || end <= start) {
    return false;
  }
  const initial = text.charCodeAt(start) | 32;
  for (const value of LITERAL_VALUES) {
    if (value.length === end - start && value.charCodeAt(0) === initial && spellsAt(text, start, value)) {
      return true;
    }
  }
  return false;
}

/** Whether `text` spells the lower-case `word` at `at` from its second letter on, ignoring case. */
function spellsAt(text: string, at: number, word: string): boolean {
  for (let k = 1; k < word.length; k++) {
    if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) {
      return false;
    }
  }
  return true;
}
