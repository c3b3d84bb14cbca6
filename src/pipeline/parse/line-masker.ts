/** Masks a whole line in one char-code pass, calling the word masker only where it can matter. */
import { classOf, DIGIT, LETTER, SLASH, SPACE, UPPER, VALUE_INITIAL } from "./char-classes";
import { isLiteralValueAt, MAX_LITERAL_LENGTH } from "./literal-values";
import { DATE_SPAN, DATE_SPAN_MAX_LENGTH, MaskingRule, PARAM, SIZE_UNITS } from "./masking";
import { TextSplicer } from "./text-splicer";
import { spliceWord } from "./word-masker";

export function isSpace(code: number): boolean {
  return code <= 32;
}

/** Start of the next word at or after `i`. */
export function skipSpaces(content: string, i: number): number {
  while (i < content.length && isSpace(content.charCodeAt(i))) {
    i++;
  }
  return i;
}

/** What one pass over a word learns: where it ends and its char classes. */
interface ScannedWord {
  end: number;
  classes: number;
}

/** Scans the word at `start` with one table lookup per char. */
function scanWord(content: string, start: number, word: ScannedWord): void {
  let classes = 0;
  let i = start;
  for (; i < content.length; i++) {
    const cls = classOf(content.charCodeAt(i));
    if (cls === SPACE) {
      break;
    }
    classes |= cls;
  }
  word.end = i;
  word.classes = classes;
}

/**
 * Whether the word ends in a literal value (`true`, `(null),`, `user=root`, `enterQuietMode(true)`):
 * the letters before any closing punctuation, not glued to a digit before them. A backwards
 * look at a few chars, so prose words cost next to nothing. Only such words are masked for
 * their literal values (`flag=true,x` is not).
 */
function endsWithLiteralValue(content: string, start: number, end: number): boolean {
  let valueEnd = end;
  while (valueEnd > start && (classOf(content.charCodeAt(valueEnd - 1)) & (LETTER | DIGIT)) === 0) {
    valueEnd--;
  }
  let valueStart = valueEnd;
  while (valueStart > start && valueEnd - valueStart <= MAX_LITERAL_LENGTH && (classOf(content.charCodeAt(valueStart - 1)) & LETTER) !== 0) {
    valueStart--;
  }
  const glued = valueStart > start && (classOf(content.charCodeAt(valueStart - 1)) & DIGIT) !== 0;
  return !glued && isLiteralValueAt(content, valueStart, valueEnd);
}

/**
 * Whether a word can hold a parameter at all. Most words of most lines are prose, and ruling
 * them out from their char classes, without a regex, is what keeps masking cheap
 * (bench/parse-speed.bench.ts).
 */
function mayHoldParameter(content: string, start: number, word: ScannedWord): boolean {
  const classes = word.classes;
  if ((classes & (DIGIT | SLASH)) !== 0) {
    return true;
  }
  if ((classes & VALUE_INITIAL) === 0) {
    return false;
  }
  const lettersOnly = (classes & ~(LETTER | UPPER | VALUE_INITIAL)) === 0;
  return lettersOnly ? isLiteralValueAt(content, start, word.end) : endsWithLiteralValue(content, start, word.end);
}

/** Whether the word `content[start, end)` looks like a weekday or month name, so a date may start there. */
export function mayStartDate(content: string, start: number, end: number): boolean {
  return (classOf(content.charCodeAt(start)) & UPPER) !== 0 && end - start >= 3 && end - start <= 4;
}

/** End of a written-out date starting at `start` (`Fri Jul 01 08:16:53 PDT 2005`), or -1. */
export function dateSpanEnd(content: string, start: number, end: number): number {
  if (!mayStartDate(content, start, end)) {
    return -1;
  }
  const found = DATE_SPAN.exec(content.slice(start, start + DATE_SPAN_MAX_LENGTH));
  return found ? start + found[0].length : -1;
}

/** If the word at `start` is a size unit (`KB,`), where the unit ends (before `,;)`); else -1. */
function sizeUnitEnd(content: string, start: number, end: number): number {
  if ((classOf(content.charCodeAt(start)) & UPPER) === 0) {
    return -1;
  }
  let unitEnd = end;
  while (unitEnd > start && ",;)".includes(content[unitEnd - 1])) {
    unitEnd--;
  }
  return SIZE_UNITS.has(content.slice(start, unitEnd)) ? unitEnd : -1;
}

/**
 * One masking step at the word starting at `start`: a written-out date, or the word's
 * parameters (and a size unit after it). Returns where the step stopped: the word's end, or
 * further on when it took more words, or inside a word when a date ends before a comma.
 */
export function maskStep(line: TextSplicer, start: number, rules: readonly MaskingRule[]): number {
  const content = line.text;
  const word: ScannedWord = { end: 0, classes: 0 };
  scanWord(content, start, word);
  const dateEnd = dateSpanEnd(content, start, word.end);
  if (dateEnd > 0) {
    line.replace(start, dateEnd, PARAM);
    return dateEnd;
  }
  if (!mayHoldParameter(content, start, word)) {
    return word.end;
  }
  spliceWord(line, start, word.end, word.classes, rules);
  const next = skipSpaces(content, word.end);
  if (next < content.length && line.lastReplaced(start, word.end, PARAM)) {
    const unitEnd = sizeUnitEnd(content, next, wordEndAt(content, next));
    if (unitEnd > 0) {
      line.extendLast(unitEnd);
      return unitEnd;
    }
  }
  return word.end;
}

/**
 * The line with every parameter replaced by `<*>`, spacing kept as it was (tokenize() normalises
 * it). Returns `content` itself when nothing is masked, so plain lines allocate nothing.
 */
export function maskLine(content: string, rules: readonly MaskingRule[]): string {
  const line = new TextSplicer(content);
  for (let i = skipSpaces(content, 0); i < content.length; ) {
    i = skipSpaces(content, maskStep(line, i, rules));
  }
  return line.result();
}

/** End of the word starting at `i`. */
function wordEndAt(content: string, i: number): number {
  while (i < content.length && !isSpace(content.charCodeAt(i))) {
    i++;
  }
  return i;
}
