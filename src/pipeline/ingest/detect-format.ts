/** Picks the format of a log from a sample of its first lines. */
import { FORMATS } from "./format-registry";
import type { FormatName, LogFormat } from "./log-format";
import { looksLikeContinuation } from "./continuation";

/** Lines examined: enough to see past a preamble, few enough to cost nothing (200 × 14 formats). */
export const DETECTION_SAMPLE_LINES = 200;

/**
 * Below this share of header lines no format is trusted and `generic` takes over: a format that
 * explains fewer than half the lines would fold the rest into the wrong records.
 */
export const MIN_DETECTION_CONFIDENCE = 0.5;

export interface FormatDetection {
  format: FormatName;
  /**
   * Share of the sampled entry lines (continuation lines left out) that the format reads as headers.
   * For the `generic` fallback: the share the best specific format managed, below the threshold.
   */
  confidence: number;
}

/** Ties (equal match counts) go to the more specific format, e.g. OpenSSH over RFC 3164. */
export function detectFormat(sample: readonly string[]): FormatDetection {
  const lines = entryLines(sample);
  if (lines.length === 0) {
    return { format: "generic", confidence: 0 };
  }
  let best: LogFormat | undefined;
  let bestMatches = 0;
  for (const format of FORMATS) {
    if (format.name === "generic") {
      continue;
    }
    const matches = countHeaders(format, lines);
    if (matches > bestMatches || (matches === bestMatches && best !== undefined && format.specificity > best.specificity)) {
      best = format;
      bestMatches = matches;
    }
  }
  const confidence = bestMatches / lines.length;
  const format = best !== undefined && confidence >= MIN_DETECTION_CONFIDENCE ? best.name : "generic";
  return { format, confidence };
}

/** Non-empty lines that could start an entry, up to the sample size. */
function entryLines(sample: readonly string[]): string[] {
  const lines: string[] = [];
  for (const line of sample) {
    if (lines.length === DETECTION_SAMPLE_LINES) {
      break;
    }
    if (line.trim().length > 0 && !looksLikeContinuation(line)) {
      lines.push(line);
    }
  }
  return lines;
}

function countHeaders(format: LogFormat, lines: readonly string[]): number {
  let matches = 0;
  for (const line of lines) {
    if (format.parse(line) !== undefined) {
      matches++;
    }
  }
  return matches;
}
