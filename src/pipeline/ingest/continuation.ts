/** Lines that continue the entry before them rather than start one (stack traces, wrapped messages). */

// Any indented line; Java/Scala traces (`java.lang.IllegalStateException: …` as the first line
// under the log line, `at …`, `Caused by:`, `Suppressed:`, `... 12 more`); Python's traceback header.
const CONTINUATION =
  /^(?:[ \t]|at |Caused by:|Suppressed:|\.\.\. \d+ (?:more|common frames omitted)|Traceback \(most recent call last\):|[\w$]+(?:\.[\w$]+)+(?:Exception|Error|Throwable)\b)/;

export function looksLikeContinuation(line: string): boolean {
  return CONTINUATION.test(line);
}
