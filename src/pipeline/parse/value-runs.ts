/** Char-code scanner that masks the runs of a word that are values: ids, counters, versions, `true`. */
import { classOf, DIGIT, LETTER, RUN_JOINER } from "./char-classes";
import { isLiteralValueAt } from "./literal-values";
import { PARAM } from "./masking";
import { TextSplicer } from "./text-splicer";

const DOT_CODE = 46;
const MINUS = 45;
const COLON_CODE = 58;
const UNDERSCORE = 95;
const RUN_CHAR = LETTER | DIGIT | RUN_JOINER;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Characters of a value run: letters, digits and `_` (LogHub treats `attempt_1445_0020_m_0` as
 * one value, `node-246` as two), plus `<` and `>`, which its templates never keep beside a
 * parameter (`vCores:1>` → `vCores:<*>`, `Switch<0>(0x0)` → `<*>(<*>)`).
 */
function isRunChar(code: number): boolean {
  return (classOf(code) & RUN_CHAR) !== 0;
}

/** A run goes on over `.` between digits (`26.0`, `10.1.2.3`) and a sign after `_` (`blk_-42`). */
function continuesAcross(text: string, i: number, code: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (code === DOT_CODE) {
    return isDigit(text.charCodeAt(i - 1)) && isDigit(next);
  }
  return code === MINUS && text.charCodeAt(i - 1) === UNDERSCORE && isDigit(next);
}

/** A run may start with a sign when the `-` does not join two words (`x=-5`, not `node-246`). */
function startsSignedRun(text: string, i: number, from: number): boolean {
  return text.charCodeAt(i) === MINUS && isDigit(text.charCodeAt(i + 1)) && (i === from || !isRunChar(text.charCodeAt(i - 1)));
}

/** End of an IPv4 run plus its `:port`, so `10.1.2.3:50010:Got` masks as `<*>:Got`. */
function endWithPort(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== COLON_CODE || !isDigit(text.charCodeAt(end + 1))) {
    return end;
  }
  let dots = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === DOT_CODE) {
      dots++;
    } else if (!isDigit(code)) {
      return end;
    }
  }
  if (dots !== 3) {
    return end;
  }
  let portEnd = end + 1;
  while (isDigit(text.charCodeAt(portEnd))) {
    portEnd++;
  }
  return portEnd;
}

/**
 * Whether a run with `digits` digits among `length` characters is a parameter. Short words with
 * a single digit are names, not values: in the LogHub truth such 3-4 character runs (`eth0`,
 * `ssh2`, `IPv6`, `en0`, `alt0`) are constants in 382 of 512 occurrences; 5-character ones are
 * parameters mostly inside paths (77 of 105), which the path rule masks whole anyway, and
 * keeping them as names keeps interfaces like `scip0`, `awdl0` apart (HPC GA 0.951 → 0.996).
 * Longer or digit-richer runs are parameters in over 97% of cases.
 */
function isNumericRun(digits: number, length: number): boolean {
  return digits > 0 && !(digits === 1 && length >= 3 && length <= 5);
}

/**
 * Replaces each value run of `splicer.text[from, to)` (digits, or a literal value) with `<*>`.
 * Two parameters joined by a dot are one (`<*>.<*>` never occurs in the LogHub truth).
 */
export function spliceValueRuns(splicer: TextSplicer, from: number, to: number): void {
  const text = splicer.text;
  let i = from;
  while (i < to) {
    if (!isRunChar(text.charCodeAt(i)) && !startsSignedRun(text, i, from)) {
      i++;
      continue;
    }
    const start = i;
    let digits = isDigit(text.charCodeAt(i)) ? 1 : 0;
    for (i++; i < to; i++) {
      const code = text.charCodeAt(i);
      const cls = classOf(code);
      if ((cls & RUN_CHAR) === 0 && !continuesAcross(text, i, code)) {
        break;
      }
      digits += cls & DIGIT ? 1 : 0;
    }
    const end = endWithPort(text, start, i);
    if (isNumericRun(digits, end - start) || (digits === 0 && isLiteralValueAt(text, start, end))) {
      const last = splicer.lastEnd;
      if (last > from && start === last + 1 && text.charCodeAt(last) === DOT_CODE) {
        splicer.extendLast(end);
      } else {
        splicer.replace(start, end, PARAM);
      }
    }
    i = end;
  }
}
