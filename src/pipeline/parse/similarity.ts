/** How close a line is to a template: the share of the template's constant words it repeats. */
import { isParam, tokenMatches } from "./template-token";

/**
 * Positions where the template is a bare `<*>` carry no evidence either way, so they are left
 * out of both counts (as in Drain, where parameters do not add to the similarity); otherwise a
 * template that is mostly parameters would accept any line of its length. A template token
 * with `<*>` inside (`uid=<*>`) counts when the line's word is an instance of it. A template of
 * parameters only has no evidence to offer: it takes only lines that are parameters only.
 */
export function similarity(template: readonly string[], tokens: readonly string[]): number {
  let constants = 0;
  let matched = 0;
  for (let i = 0; i < template.length; i++) {
    const expected = template[i];
    if (isParam(expected)) {
      continue;
    }
    constants++;
    if (tokenMatches(expected, tokens[i])) {
      matched++;
    }
  }
  if (constants === 0) {
    return tokens.every(isParam) ? 1 : 0;
  }
  return matched / constants;
}
