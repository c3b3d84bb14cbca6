/** Decides whether the bytes of one line are text worth keeping, and decodes them. */
import { isUtf8 } from "node:buffer";
import type { SkipReason } from "../../domain/log-record";

/**
 * Share of control characters (or, for bad UTF-8, replacement characters) above which a line is
 * not text. Logs legitimately carry a few (tabs are not counted, colour codes are stripped first);
 * a tenth is far beyond that and typical of binary data.
 */
const MAX_JUNK_SHARE = 0.1;

// CSI sequences such as `ESC[32m`: terminal colours that would otherwise hide level words from header regexes.
const ANSI_ESCAPE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;

export type LineVerdict =
  | { kind: "text"; text: string; repaired: boolean }
  | { kind: "skip"; reason: SkipReason };

export function isBlank(text: string): boolean {
  return text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim().length === 0);
}

/**
 * Bytes of one line (terminator removed, at most the line cap) → text or a skip reason.
 * Invalid UTF-8 is replaced with U+FFFD and kept when it is a small part of the line (a stray
 * Latin-1 byte in a user name should not lose the event); a line mostly made of it is skipped.
 */
export function classifyLineBytes(bytes: Uint8Array): LineVerdict {
  if (bytes.includes(0)) {
    return { kind: "skip", reason: "binary" };
  }
  const valid = isUtf8(bytes);
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text.includes("\x1b")) {
    text = text.replace(ANSI_ESCAPE, "");
  }
  if (isBlank(text)) {
    return { kind: "skip", reason: "empty" };
  }
  if (countOf(text, CONTROL) > text.length * MAX_JUNK_SHARE) {
    return { kind: "skip", reason: "binary" };
  }
  if (!valid && countOf(text, /\uFFFD/g) > text.length * MAX_JUNK_SHARE) {
    return { kind: "skip", reason: "invalid-utf8" };
  }
  return { kind: "text", text, repaired: !valid };
}

function countOf(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
