/** Applies the redaction rules: to one text (`redactSecrets`) or line by line through a log (`SecretRedactor`). */
import { mayContainSecret } from "./secret-prefilter";
import { PRIVATE_KEY_BEGIN, PRIVATE_KEY_END, REDACTION_RULES, type RedactionKind, type RedactionRule } from "./secret-rules";

export type RedactionCounts = Partial<Record<RedactionKind, number>>;

/** Which kinds to redact: every kind is on unless set to false here (`{ email: false }` keeps addresses). */
export type RedactionOptions = Partial<Record<RedactionKind, boolean>>;

function rulesFor(options: RedactionOptions): readonly RedactionRule[] {
  return REDACTION_RULES.filter((rule) => options[rule.kind] !== false);
}

export interface RedactionResult {
  text: string;
  /** Number of secrets replaced. */
  redactions: number;
  byKind: RedactionCounts;
}

/** Replaces every secret in `text` (which may span lines, e.g. a whole PEM block) by `<REDACTED:kind>`. */
export function redactSecrets(text: string, options: RedactionOptions = {}): RedactionResult {
  const byKind: RedactionCounts = {};
  const redacted = mayContainSecret(text) ? applyRules(rulesFor(options), text, byKind) : text;
  const redactions = Object.values(byKind).reduce((sum, n) => sum + n, 0);
  return { text: redacted, redactions, byKind };
}

function applyRules(rules: readonly RedactionRule[], text: string, counts: RedactionCounts): string {
  let out = text;
  for (const rule of rules) {
    out = out.replace(rule.pattern, (match: string, ...groups: string[]) => {
      const replacement = rule.replace(match, ...groups);
      if (replacement !== match) {
        counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
      }
      return replacement;
    });
  }
  return out;
}

/**
 * A PEM or PGP key is at most ~100 lines (8192-bit RSA); past that a BEGIN without END was not a key
 * block, and the lines after it are log lines again.
 */
export const MAX_PRIVATE_KEY_LINES = 120;

/** Line-by-line redaction for a stream: also drops the body lines of a private key block. */
export class SecretRedactor {
  readonly counts: RedactionCounts = {};
  private keyBlockLines = -1;
  private readonly rules: readonly RedactionRule[];

  constructor(options: RedactionOptions = {}) {
    this.rules = rulesFor(options);
  }

  /** The redacted line, or undefined when the line is inside a private key block and is dropped. */
  redactLine(text: string): string | undefined {
    if (this.keyBlockLines >= 0) {
      return this.continueKeyBlock(text);
    }
    if (!mayContainSecret(text)) {
      return text;
    }
    if (opensKeyBlock(text)) {
      this.keyBlockLines = 0;
    }
    return applyRules(this.rules, text, this.counts);
  }

  private continueKeyBlock(text: string): string | undefined {
    this.keyBlockLines++;
    if (PRIVATE_KEY_END.test(text)) {
      this.keyBlockLines = -1;
      return undefined;
    }
    if (this.keyBlockLines > MAX_PRIVATE_KEY_LINES) {
      this.keyBlockLines = -1;
      return this.redactLine(text);
    }
    return undefined;
  }
}

function opensKeyBlock(text: string): boolean {
  const begin = text.search(PRIVATE_KEY_BEGIN);
  return begin >= 0 && !PRIVATE_KEY_END.test(text.slice(begin));
}
