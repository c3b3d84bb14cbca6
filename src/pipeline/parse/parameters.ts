/** Recovers the raw text behind each `<*>` of a template. */
import { PARAM } from "./masking";

/** Runs of whitespace as one space, trimmed: templates are written with single spaces. */
function normaliseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Parameters in order, or [] when `content` is not an instance of `template`. Each `<*>` takes
 * the shortest text that lets the rest match (as a lazy regex would), found with one left-to-right
 * pass: a regex of many lazy groups backtracks polynomially on lines that almost match.
 * Whitespace inside a parameter comes out as single spaces.
 */
export function extractParameters(template: string, content: string): string[] {
  const text = normaliseSpaces(content);
  const literals = template.split(PARAM);
  const first = literals[0];
  const last = literals[literals.length - 1];
  if (literals.length === 1 || !text.startsWith(first) || !text.endsWith(last) || text.length < first.length + last.length) {
    return [];
  }
  const parameters: string[] = [];
  let at = first.length;
  const limit = text.length - last.length;
  for (let k = 1; k < literals.length - 1; k++) {
    const found = text.indexOf(literals[k], at);
    if (found < 0 || found + literals[k].length > limit) {
      return [];
    }
    parameters.push(text.slice(at, found));
    at = found + literals[k].length;
  }
  parameters.push(text.slice(at, limit));
  return parameters;
}
