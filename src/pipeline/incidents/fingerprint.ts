/** Stable identity of a problem across analyses: a short hash of its normalized template texts. */
import { createHash } from "node:crypto";

import { compareStrings } from "./anomalous-session";

const FINGERPRINT_HEX_LENGTH = 12;

// Drain writes `<*>`; other miners name their placeholders (Drain3's masking writes `<NUM>`, `<IP>`).
const NAMED_PLACEHOLDER = /<(?:\*|[A-Z][A-Z0-9_]*)>/g;
// Placeholders separated only by spaces: a list whose length varies with the lines a miner saw.
const PLACEHOLDER_RUN = /<\*>(?: <\*>)+/g;

/**
 * Template ids cannot identify a problem: a fresh miner numbers templates in order of first
 * appearance, so ids differ between analyses of the same log (lines in another order) and collide
 * between unrelated logs. The texts do not. Distinct texts, sorted in code-unit order: counts, line
 * order and which templates an incident keeps leave the fingerprint unchanged.
 */
export function fingerprintTemplates(templateTexts: Iterable<string>): string {
  const normalized = [...new Set([...templateTexts].map(normalizeTemplate))].sort(compareStrings);
  // Normalized texts hold no newline, so joining on one keeps distinct sets distinct.
  return createHash("sha256").update(normalized.join("\n")).digest("hex").slice(0, FINGERPRINT_HEX_LENGTH);
}

/**
 * Folds differences that do not change which problem a template describes: whitespace runs become
 * one space (ends trimmed), every placeholder becomes `<*>`, a run of placeholders becomes one, and
 * letters are lower-cased (locale-independent `toLowerCase`).
 */
export function normalizeTemplate(template: string): string {
  return template
    .replace(/\s+/g, " ")
    .trim()
    .replace(NAMED_PLACEHOLDER, "<*>")
    .replace(PLACEHOLDER_RUN, "<*>")
    .toLowerCase();
}
