/**
 * Secret redaction rules, as ordered data: earlier rules see the text first, so specific shapes
 * (a JWT inside a bearer header, an API key after `api_key=`) are named by what they are, and the
 * generic key=value rule only takes what is left. Each match becomes `<REDACTED:kind>`.
 */
import { casedWord, secretKeyEnding } from "./secret-key-names";

export type RedactionKind =
  | "private-key"
  | "url-credentials"
  | "jwt"
  | "bearer-token"
  | "basic-auth"
  | "aws-access-key"
  | "api-key"
  | "secret-value";

export interface RedactionRule {
  kind: RedactionKind;
  /** Global regex; every match is handed to `replace`. */
  pattern: RegExp;
  /** The replacement for one match (`groups` as String.replace passes them); returning `match` keeps it. */
  replace(match: string, ...groups: string[]): string;
}

export function redactionMarker(kind: RedactionKind): string {
  return `<REDACTED:${kind}>`;
}

export const PRIVATE_KEY_BEGIN = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
export const PRIVATE_KEY_END = /-----END [A-Z0-9 ]*PRIVATE KEY-----/;

const whole = (kind: RedactionKind) => (): string => redactionMarker(kind);
const keepPrefix =
  (kind: RedactionKind) =>
  (_match: string, prefix: string): string =>
    prefix + redactionMarker(kind);

export const REDACTION_RULES: readonly RedactionRule[] = [
  // A whole PEM block when the text holds it; to the end of the text when the block goes on (the
  // ingestor then drops the block's following lines).
  { kind: "private-key", pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g, replace: whole("private-key") },
  { kind: "url-credentials", pattern: /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^\s:@/]{1,256}:[^\s@/]{1,256}(?=@)/gi, replace: keepPrefix("url-credentials") },
  { kind: "jwt", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, replace: whole("jwt") },
  // A token must hold a digit, so prose such as "Bearer authentication" stays.
  {
    kind: "bearer-token",
    pattern: new RegExp(String.raw`\b((?:${casedWord("bearer")})\s+)(?=[A-Za-z._~+/-]*\d)[A-Za-z0-9._~+/-]{12,}=*`, "g"),
    replace: keepPrefix("bearer-token"),
  },
  {
    kind: "basic-auth",
    pattern: new RegExp(String.raw`\b((?:${casedWord("basic")})\s+)([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])`, "g"),
    replace: redactBasicCredentials,
  },
  { kind: "aws-access-key", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g, replace: whole("aws-access-key") },
  {
    kind: "api-key",
    // OpenAI/Anthropic, Stripe secret/restricted, GitHub, Slack, Google, GitLab.
    pattern:
      /\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,}|xox[abposr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|glpat-[0-9A-Za-z_-]{20,})/g,
    replace: whole("api-key"),
  },
  {
    kind: "secret-value",
    // Not a secret: null/true/false, or a type followed by `{`/`(` (`token=Token{a64f992 …}` in
    // Android logs). Bounded repeats keep the work linear on hostile lines: an unbounded lazy
    // key prefix took 3.8 s on a 64 KiB line of "a.a.a…" ending in "token=x".
    pattern: new RegExp(
      String.raw`\b([\w.-]{0,64}?(?:${secretKeyEnding()}))(["']?[ \t]*[:=][ \t]*)(?!["']?<REDACTED:|(?:null|none|true|false|undefined)\b)("(?:[^"\\\n]|\\.){0,4096}"|'[^'\n]{0,4096}'|[^\s"',;&(){}[\]<>]+(?![^\s"',;&(){}[\]<>]| ?[{(]))`,
      "g",
    ),
    replace: redactKeyValue,
  },
];

/** Only credentials (`user:password` once decoded) are redacted: `Basic authentication` is prose. */
function redactBasicCredentials(match: string, prefix: string, encoded: string): string {
  const decoded = Buffer.from(encoded, "base64").toString("latin1");
  return /^[\x20-\x7e]+:[\x20-\x7e]*$/.test(decoded) ? prefix + redactionMarker("basic-auth") : match;
}

/** Keeps the key and separator; a quoted key (JSON) gets a quoted marker so the line stays valid JSON. */
function redactKeyValue(_match: string, key: string, separator: string, value: string): string {
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : separator[0] === '"' ? '"' : "";
  return key + separator + quote + redactionMarker("secret-value") + quote;
}
