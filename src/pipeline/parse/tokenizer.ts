/** Splits a masked line into the words Drain compares position by position. */
import { isSpace } from "./line-masker";
import { PARAM } from "./masking";

/**
 * Whitespace-separated words, with each run of bare `<*>` words kept as one token (`<*> <*>`).
 * Lists of values (`IRQs 3 4 5 7`, `name an14 an15 … an128`) then line up with one another
 * whatever their length; the run keeps its arity in the template while all lines agree on it
 * and becomes one `<*>` once they do not (LogHub writes a varying list as one `<*>`).
 */
export function tokenize(masked: string): string[] {
  const tokens: string[] = [];
  let lastIsParams = false;
  let i = 0;
  while (i < masked.length) {
    while (i < masked.length && isSpace(masked.charCodeAt(i))) {
      i++;
    }
    const start = i;
    while (i < masked.length && !isSpace(masked.charCodeAt(i))) {
      i++;
    }
    if (i > start) {
      const word = masked.slice(start, i);
      if (word === PARAM && lastIsParams) {
        tokens[tokens.length - 1] += " " + PARAM;
      } else {
        tokens.push(word);
        lastIsParams = word === PARAM;
      }
    }
  }
  return tokens;
}
