/**
 * Recognises a line whose masked form is one seen before without masking its literal words:
 * the stretches of the form between parameters are compared in place, and only the words that
 * held parameters are masked again. The answer is always exactly maskLine(content). Measured
 * (train() per CPU second, bench/parse-speed.bench.ts): LogHub-2k HDFS repeated 0.55M → 0.9M
 * lines/s, generated HDFS_v1 lines 0.52M → 0.73M.
 */
import { dateSpanEnd, isSpace, maskStep, mayStartDate, skipSpaces } from "./line-masker";
import { MaskingRule, PARAM } from "./masking";
import { TextSplicer } from "./text-splicer";

/**
 * Forms are looked up by their first KEY_WORDS words (masked, with the whitespace between):
 * one word is too coarse where many templates start with a timestamp or a process name.
 */
const KEY_WORDS = 2;
/** Forms kept per key; lines sharing their first two words rarely have more templates than this. */
const FORMS_PER_KEY = 8;

/**
 * A masked form after its key words, as alternating pieces: a literal stretch (words maskLine
 * left alone and the exact whitespace around them), then a word that held parameters, and so
 * on, ending with a literal stretch (maybe empty).
 */
interface FormShape {
  readonly form: string;
  readonly key: string;
  readonly leading: string;
  readonly stretches: readonly string[];
  readonly masked: readonly string[];
  /** Offsets, per stretch, of words that could start a written-out date in another line. */
  readonly dateStarts: readonly (readonly number[])[];
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && !isSpace(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

function shapeOf(form: string): FormShape {
  const leadingEnd = skipSpaces(form, 0);
  let keyEnd = wordEnd(form, leadingEnd);
  for (let k = 1; k < KEY_WORDS && skipSpaces(form, keyEnd) < form.length; k++) {
    keyEnd = wordEnd(form, skipSpaces(form, keyEnd));
  }
  const stretches: string[] = [];
  const masked: string[] = [];
  const dateStarts: number[][] = [[]];
  let stretchStart = keyEnd;
  for (let i = skipSpaces(form, keyEnd); i < form.length; i = skipSpaces(form, i)) {
    const end = wordEnd(form, i);
    const word = form.slice(i, end);
    if (word.includes(PARAM)) {
      stretches.push(form.slice(stretchStart, i));
      masked.push(word);
      dateStarts.push([]);
      stretchStart = end;
    } else if (mayStartDate(form, i, end)) {
      dateStarts[dateStarts.length - 1].push(i - stretchStart);
    }
    i = end;
  }
  stretches.push(form.slice(stretchStart));
  return { form, key: form.slice(leadingEnd, keyEnd), leading: form.slice(0, leadingEnd), stretches, masked, dateStarts };
}

/** Runs maskLine's steps from `start` to the next whitespace, as maskLine would; returns the end. */
function maskToSpace(splicer: TextSplicer, start: number, rules: readonly MaskingRule[]): number {
  const text = splicer.text;
  let end = start;
  do {
    end = maskStep(splicer, end, rules);
  } while (end < text.length && !isSpace(text.charCodeAt(end)));
  return end;
}

/** Whether the edited `splicer.text[start, end)` reads `word`; the common whole-word `<*>` without building a string. */
function masksTo(splicer: TextSplicer, start: number, end: number, word: string): boolean {
  return word === PARAM ? splicer.lastReplaced(start, end, PARAM) : splicer.editedUpTo(end) === word;
}

/**
 * Whether `content[pos, …)` is the literal stretch `k` of `shape`, which maskLine would leave
 * alone: same text, followed by a word (a stretch ends where its whitespace does), and no word
 * in it starting a date here.
 */
function isStretchAt(content: string, pos: number, shape: FormShape, k: number): boolean {
  const stretch = shape.stretches[k];
  const end = pos + stretch.length;
  if (content.slice(pos, end) !== stretch) {
    return false;
  }
  const last = k === shape.masked.length;
  if (last ? end !== content.length : end >= content.length || isSpace(content.charCodeAt(end))) {
    return false;
  }
  return shape.dateStarts[k].every((offset) => dateSpanEnd(content, pos + offset, wordEnd(content, pos + offset)) < 0);
}

/** Whether maskLine(content) is `shape.form`, given that its key words end at `pos` and mask to the form's. */
function hasShape(content: string, pos: number, shape: FormShape, rules: readonly MaskingRule[]): boolean {
  for (let k = 0; k < shape.masked.length; k++) {
    if (!isStretchAt(content, pos, shape, k)) {
      return false;
    }
    pos += shape.stretches[k].length;
    const splicer = new TextSplicer(content, pos);
    const end = maskToSpace(splicer, pos, rules);
    if (!masksTo(splicer, pos, end, shape.masked[k])) {
      return false;
    }
    pos = end;
  }
  return isStretchAt(content, pos, shape, shape.masked.length);
}

/** Masks the first KEY_WORDS words of `content` from `start`; returns their masked text and end. */
function maskKey(content: string, start: number, rules: readonly MaskingRule[]): { key: string; end: number } {
  const splicer = new TextSplicer(content, start);
  let end = maskToSpace(splicer, start, rules);
  for (let k = 1; k < KEY_WORDS && skipSpaces(content, end) < content.length; k++) {
    end = maskToSpace(splicer, skipSpaces(content, end), rules);
  }
  return { key: splicer.editedUpTo(end), end };
}

export class KnownForms {
  private readonly byKey = new Map<string, FormShape[]>();
  private readonly maxKeys: number;

  /** Holds at most `capacity` forms (0 turns recognition off). */
  constructor(capacity: number) {
    this.maxKeys = Math.floor(capacity / FORMS_PER_KEY);
  }

  remember(form: string): void {
    const shape = shapeOf(form);
    if (shape.key === "" || this.maxKeys === 0) {
      return;
    }
    let shapes = this.byKey.get(shape.key);
    if (!shapes) {
      if (this.byKey.size >= this.maxKeys) {
        this.byKey.delete(this.byKey.keys().next().value as string);
      }
      shapes = [];
      this.byKey.set(shape.key, shapes);
    }
    if (!shapes.some((known) => known.form === form)) {
      shapes.unshift(shape);
      shapes.length = Math.min(shapes.length, FORMS_PER_KEY);
    }
  }

  /** The remembered form equal to maskLine(content, rules), if there is one. */
  recognise(content: string, rules: readonly MaskingRule[]): string | undefined {
    const start = skipSpaces(content, 0);
    if (start === content.length || this.byKey.size === 0) {
      return undefined;
    }
    const { key, end } = maskKey(content, start, rules);
    const shapes = this.byKey.get(key);
    if (!shapes) {
      return undefined;
    }
    for (const shape of shapes) {
      if (shape.leading === content.slice(0, start) && hasShape(content, end, shape, rules)) {
        return shape.form;
      }
    }
    return undefined;
  }
}
