/** Masks the parameters inside one whitespace-delimited word, in place in the line being built. */
import { classOf, COLON, DASH, DIGIT, DOT, EQUALS, LETTER, SLASH } from "./char-classes";
import { findMaskingRule, MaskingRule, PARAM } from "./masking";
import { TextSplicer } from "./text-splicer";
import { spliceValueRuns } from "./value-runs";

const OPENERS = '([{<"\'';
const CLOSERS = ")]}>\"',;:";

/** Whether any rule's cheap necessary conditions hold for `text[start, end)` in a word of `classes`. */
function anyRuleMayMatch(text: string, start: number, end: number, classes: number, rules: readonly MaskingRule[]): boolean {
  const first = classOf(text.charCodeAt(start));
  for (const rule of rules) {
    if ((classes & rule.needs) === rule.needs && end - start >= rule.minLength && (first & rule.first) !== 0) {
      return true;
    }
  }
  return false;
}

/** Whether `text[start, end)` is a plain key (`uid`, `java.vendor`, `env:user.dir`): letters, digits, `_.-:`. */
function isKey(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((classOf(code) & (LETTER | DIGIT | COLON | DOT | DASH)) === 0 && code !== 95) {
      return false;
    }
  }
  return end > start;
}

/** Where a masked value starts inside the core: after `key=`, or after `scheme:` before a path. */
function valueStart(text: string, start: number, end: number, classes: number): number {
  if ((classes & EQUALS) !== 0) {
    const eq = text.indexOf("=", start);
    if (eq > start && eq < end - 1 && isKey(text, start, eq)) {
      return eq + 1;
    }
  }
  if ((classes & (COLON | SLASH)) === (COLON | SLASH)) {
    const colon = text.indexOf(":/", start);
    if (colon > start && colon < end - 2 && text.charCodeAt(colon + 2) !== 47) {
      return colon + 1;
    }
  }
  return -1;
}

/** Masks the core `text[start, end)` as one `<*>` if a rule matches it, with or without a full stop. */
function spliceByRule(splicer: TextSplicer, start: number, end: number, classes: number, rules: readonly MaskingRule[]): boolean {
  const text = splicer.text;
  if (!anyRuleMayMatch(text, start, end, classes, rules)) {
    return false;
  }
  const core = text.slice(start, end);
  if (findMaskingRule(core, classes, rules)) {
    splicer.replace(start, end, PARAM);
    return true;
  }
  if (end - start > 1 && text.charCodeAt(end - 1) === 46 && findMaskingRule(core.slice(0, -1), classes, rules)) {
    splicer.replace(start, end - 1, PARAM);
    return true;
  }
  return false;
}

/**
 * Masks the word `text[start, end)` (whose char classes are `classes`): a whole-value rule if
 * one matches its core (the word without wrapping brackets, quotes and trailing commas), else
 * the value of a `key=value` pair or a path after `scheme:` on its own, else its value runs.
 * Keys stay literal (`fpr29=<*>`, `uid=<*>`): they name the parameter.
 */
export function spliceWord(splicer: TextSplicer, start: number, end: number, classes: number, rules: readonly MaskingRule[]): void {
  const text = splicer.text;
  let coreStart = start;
  let coreEnd = end;
  while (coreStart < coreEnd && OPENERS.includes(text[coreStart])) {
    coreStart++;
  }
  while (coreEnd > coreStart && CLOSERS.includes(text[coreEnd - 1])) {
    coreEnd--;
  }
  if (coreStart === coreEnd || spliceByRule(splicer, coreStart, coreEnd, classes, rules)) {
    return;
  }
  const value = valueStart(text, coreStart, coreEnd, classes);
  if (value > 0) {
    spliceWord(splicer, value, coreEnd, classes, rules);
  } else {
    spliceValueRuns(splicer, start, end);
  }
}
