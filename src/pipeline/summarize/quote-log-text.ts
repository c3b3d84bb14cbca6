/** Log text is data, not instructions: quoted short, on one line, without control characters. */

const DEFAULT_MAX_CHARS = 160;

// Cc: C0/C1 controls (terminal escapes, NUL, newlines); Cf: bidi overrides, zero-width joiners.
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** One line of plain text: unsafe characters become spaces (never joining two words), runs collapse. */
export function sanitizeLogText(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, " ").replace(/\s+/g, " ").trim();
}

/** Sanitized, cut to `maxChars` code points with "…", in curly quotes that the text cannot close. */
export function quoteLogText(text: string, maxChars = DEFAULT_MAX_CHARS): string {
  const codePoints = [...sanitizeLogText(text).replace(/[“”]/g, '"')];
  const clipped = codePoints.length > maxChars ? `${codePoints.slice(0, maxChars - 1).join("")}…` : codePoints.join("");
  return `“${clipped}”`;
}

// Component and level names as headers usually write them: shown bare when they look like this.
const PLAIN_NAME = /^[\w.$:@/()[\]#-]+$/;

/** A short name from a log header: bare when it looks like one, otherwise quoted like any log text. */
export function quoteName(name: string, maxChars: number): string {
  const clean = sanitizeLogText(name);
  return PLAIN_NAME.test(clean) && [...clean].length <= maxChars ? clean : quoteLogText(clean, maxChars);
}
