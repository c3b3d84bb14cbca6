/** Template tokens: literal words, `<*>`, or words with `<*>` inside (`uid=<*>`, `node-<*>`). */
import { classOf, DIGIT, LETTER } from "./char-classes";
import { PARAM } from "./masking";

/** A bare `<*>`, or a run `<*> <*> …` (see tokenizer.ts): a token that is parameters only. */
export function isParam(token: string): boolean {
  if (token === PARAM) {
    return true;
  }
  if ((token.length + 1) % (PARAM.length + 1) !== 0) {
    return false;
  }
  for (let at = 0; at < token.length; at += PARAM.length + 1) {
    if (!token.startsWith(PARAM, at) || (at + PARAM.length < token.length && token[at + PARAM.length] !== " ")) {
      return false;
    }
  }
  return true;
}

export function hasParam(token: string): boolean {
  return token.includes(PARAM);
}

/** Whether `token` is an instance of `pattern`, each `<*>` standing for any text. */
export function tokenMatches(pattern: string, token: string): boolean {
  if (pattern === token || pattern === PARAM) {
    return true;
  }
  if (!pattern.includes(PARAM) || isParam(pattern)) {
    return false;
  }
  const parts = pattern.split(PARAM);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (token.length < first.length + last.length || !token.startsWith(first) || !token.endsWith(last)) {
    return false;
  }
  let at = first.length;
  const limit = token.length - last.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const found = token.indexOf(parts[k], at);
    if (found < 0 || found + parts[k].length > limit) {
      return false;
    }
    at = found + parts[k].length;
  }
  return true;
}

/** A cut at `i` falls between a delimiter and what follows, never inside a `<*>` marker. */
function isCut(text: string, i: number, before: boolean): boolean {
  if (i <= 0 || i >= text.length) {
    return true;
  }
  const marker = text.lastIndexOf(PARAM, i - 1);
  if (marker >= 0 && marker < i && i < marker + PARAM.length) {
    return false;
  }
  const code = text.charCodeAt(before ? i - 1 : i);
  return (classOf(code) & (LETTER | DIGIT)) === 0 && code !== 95;
}

/**
 * The most specific token both `a` and `b` are instances of: their common prefix and suffix,
 * each cut at a delimiter, around one `<*>`. `user=root,` + `user=adm,` gives `user=<*>,`,
 * `node-12` + `node-x` gives `node-<*>`, unrelated words give `<*>`; so do parameter runs of
 * different lengths (a list whose length varies is one parameter).
 */
export function generalizeToken(a: string, b: string): string {
  if (a === b || a === PARAM) {
    return a;
  }
  if (isParam(a) || isParam(b)) {
    return PARAM;
  }
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) {
    prefix++;
  }
  while (prefix > 0 && !isCut(a, prefix, true)) {
    prefix--;
  }
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix++;
  }
  while (suffix > 0 && !isCut(a, a.length - suffix, false)) {
    suffix--;
  }
  const merged = a.slice(0, prefix) + PARAM + a.slice(a.length - suffix);
  return merged.replaceAll(PARAM + PARAM, PARAM);
}
