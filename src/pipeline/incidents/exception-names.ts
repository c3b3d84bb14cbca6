/** Exception and error class names written in log text, e.g. `java.io.IOException`, `OutOfMemoryError`. */

// An optional dotted package prefix, then a capitalised class name ending in Exception or Error.
const EXCEPTION_NAME = /(?<![\w$.])(?:[A-Za-z_$][\w$]*\.)*[A-Z][\w$]*(?:Exception|Error)(?![\w$])/g;

/** Distinct names in order of first appearance across the texts. */
export function findExceptionNames(texts: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(EXCEPTION_NAME)) {
      names.add(match[0]);
    }
  }
  return [...names];
}
