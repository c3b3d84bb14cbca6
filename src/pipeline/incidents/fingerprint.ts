/** Stable identity of a problem across analyses: a short hash of its distinct template ids. */
import { createHash } from "node:crypto";

const FINGERPRINT_HEX_LENGTH = 12;

export function fingerprintTemplates(templateIds: Iterable<number>): string {
  const sorted = [...new Set(templateIds)].sort((a, b) => a - b);
  return createHash("sha256").update(sorted.join(",")).digest("hex").slice(0, FINGERPRINT_HEX_LENGTH);
}
