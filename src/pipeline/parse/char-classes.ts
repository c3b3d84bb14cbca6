/** Character classes as bit flags, so the maskers learn what a word contains in one pass. */
import { LITERAL_VALUES } from "./literal-values";

export const SPACE = 1;
export const DIGIT = 2;
export const DOT = 4;
export const COLON = 8;
/** `/` or `\`. */
export const SLASH = 16;
export const DASH = 32;
export const LETTER = 64;
/** First letter, in either case, of one of the LITERAL_VALUES. */
export const VALUE_INITIAL = 128;
export const UPPER = 256;
export const EQUALS = 512;
/** `_`, `<`, `>`: not letters, but part of a value run (see value-runs.ts). */
export const RUN_JOINER = 1024;
/** Anything else: brackets, quotes, non-ASCII. */
export const OTHER = 2048;

function buildTable(valueInitials: readonly string[]): Uint16Array {
  const table = new Uint16Array(128).fill(OTHER);
  for (let code = 0; code <= 32; code++) {
    table[code] = SPACE;
  }
  for (let code = 48; code <= 57; code++) {
    table[code] = DIGIT;
  }
  for (let code = 65; code <= 90; code++) {
    table[code] = LETTER | UPPER;
    table[code + 32] = LETTER;
  }
  for (const initial of valueInitials) {
    table[initial.toUpperCase().charCodeAt(0)] |= VALUE_INITIAL;
    table[initial.charCodeAt(0)] |= VALUE_INITIAL;
  }
  table[46] = DOT;
  table[58] = COLON;
  table[47] = SLASH;
  table[92] = SLASH;
  table[45] = DASH;
  table[61] = EQUALS;
  table[95] = RUN_JOINER;
  table[60] = RUN_JOINER;
  table[62] = RUN_JOINER;
  return table;
}

/** Read-only after construction. */
const TABLE = buildTable(LITERAL_VALUES.map((value) => value[0]));

export function classOf(code: number): number {
  return code < 128 ? TABLE[code] : OTHER;
}

/** The union of the classes of `text`'s characters. */
export function classesOf(text: string): number {
  let classes = 0;
  for (let i = 0; i < text.length; i++) {
    classes |= classOf(text.charCodeAt(i));
  }
  return classes;
}
