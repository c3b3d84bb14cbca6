/**
 * Secret redaction rules, as ordered data: earlier rules see the text first, so specific shapes
 * (a JWT inside a bearer header, an AWS secret after `aws_secret_access_key=`) are named by what
 * they are, and the generic key=value rule only takes what is left. Each match becomes
 * `<REDACTED:kind>`. Repeats are bounded so the work stays linear on hostile lines.
 */
import { PASSWORD_WORDS, secretKeyEnding } from "./secret-key-names";

export const REDACTION_KINDS = [
  "private-key",
  "url-credentials",
  "jwt",
  "bearer-token",
  "basic-auth",
  "aws-access-key",
  "aws-secret-key",
  "api-key",
  "azure-signature",
  "cookie",
  "session-id",
  "secret-value",
  "email",
] as const;

export type RedactionKind = (typeof REDACTION_KINDS)[number];

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

// PEM (`RSA`, `EC`, `OPENSSH`, `ENCRYPTED`, none) and PGP (`PGP PRIVATE KEY BLOCK`).
const KEY_BLOCK_NAME = "[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----";
export const PRIVATE_KEY_BEGIN = new RegExp(`-----BEGIN ${KEY_BLOCK_NAME}`);
export const PRIVATE_KEY_END = new RegExp(`-----END ${KEY_BLOCK_NAME}`);

/** Not a secret but a marker left by an earlier rule: keeps redaction idempotent. */
const NOT_REDACTED = "(?!<REDACTED:)";

const whole = (kind: RedactionKind) => (): string => redactionMarker(kind);
const keepPrefix =
  (kind: RedactionKind) =>
  (_match: string, prefix: string): string =>
    prefix + redactionMarker(kind);

const BASE64ISH = "A-Za-z0-9/+";

export const REDACTION_RULES: readonly RedactionRule[] = [
  // A whole key block when the text holds it; to the end of the text when the block goes on (the
  // ingestor then drops the block's following lines). A GCP service account's one-line JSON
  // `"private_key": "-----BEGIN…\n…-----END…"` is caught here too.
  { kind: "private-key", pattern: new RegExp(`${PRIVATE_KEY_BEGIN.source}[\\s\\S]*?(?:${PRIVATE_KEY_END.source}|$)`, "g"), replace: whole("private-key") },
  // `scheme://user:password@host` of any scheme; the password may hold `@` and `:` (the last `@`
  // before the path ends it) and the user may be empty (`redis://:pw@host`).
  { kind: "url-credentials", pattern: /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^\s:/]{0,256}:[^\s/]{1,256}(?=@)/gi, replace: keepPrefix("url-credentials") },
  { kind: "jwt", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, replace: whole("jwt") },
  // A token must hold a digit, so prose such as "Bearer authentication" stays.
  { kind: "bearer-token", pattern: /\b(bearer\s+)(?=[A-Za-z._~+/-]*\d)[A-Za-z0-9._~+/-]{12,}=*/gi, replace: keepPrefix("bearer-token") },
  { kind: "basic-auth", pattern: /\b(basic\s+)([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])/gi, replace: redactBasicCredentials },
  { kind: "aws-access-key", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g, replace: whole("aws-access-key") },
  {
    kind: "api-key",
    // OpenAI/Anthropic, Stripe secret/restricted, GitHub, Slack, Google (GCP API keys), GitLab.
    pattern:
      /\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,}|xox[abposr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|glpat-[0-9A-Za-z_-]{20,})/g,
    replace: whole("api-key"),
  },
  // An AWS secret access key: exactly 40 base64 characters with upper, lower case and a digit, on
  // its own. Pure hex (git and sha1 ids) lacks upper case; paths begin with `/` or follow one.
  {
    kind: "aws-secret-key",
    pattern: new RegExp(
      `(?<![${BASE64ISH}])(?=[${BASE64ISH}]{0,39}[0-9])(?=[${BASE64ISH}]{0,39}[a-z])(?=[${BASE64ISH}]{0,39}[A-Z])[A-Za-z0-9+][${BASE64ISH}]{39}(?![${BASE64ISH}=])`,
      "g",
    ),
    replace: whole("aws-secret-key"),
  },
  // Azure: a whole SAS token, or the signature of a SAS URL (`…?sv=…&sig=…`). `AccountKey=` and
  // `SharedAccessKey=` are secret key names (secret-key-names.ts).
  { kind: "azure-signature", pattern: /\b(SharedAccessSignature[ \t]*=[ \t]*)(?!<REDACTED:)[^\s;"']+/gi, replace: keepPrefix("azure-signature") },
  { kind: "azure-signature", pattern: /([?&;]sig=)(?!<REDACTED:)[^\s&;"'#]+/gi, replace: keepPrefix("azure-signature") },
  // Every cookie of a Cookie or Set-Cookie header, to the end of the header.
  { kind: "cookie", pattern: new RegExp(String.raw`\b((?:set-)?cookie["']?[ \t]*[:=][ \t]*["']?)${NOT_REDACTED}[^\r\n"']+`, "gi"), replace: keepPrefix("cookie") },
  // Session ids as cookies and query strings give them (`=` only: Zookeeper's `sessionid:0x…` is
  // a server handle worth keeping for diagnosis, and is never sent as a credential).
  {
    kind: "session-id",
    pattern: new RegExp(String.raw`\b((?:[\w-]{0,32}[._-])?(?:session[_-]?id|sessid|session|sid|jsessionid|phpsessid)=)${NOT_REDACTED}[^\s"',;&<>]+`, "gi"),
    replace: keepPrefix("session-id"),
  },
  {
    kind: "secret-value",
    // Not a secret: null/true/false, a type followed by `{`/`(` (`token=Token{a64f992 …}` in
    // Android logs), or a label ending in `:` (macOS `stream/token: com.apple.xpc.activity/4505:`). An unbounded lazy key prefix took 3.8 s on a 64 KiB line of "a.a.a…" ending
    // in "token=x".
    pattern: new RegExp(
      String.raw`\b([\w.-]{0,64}?(?:${secretKeyEnding()}))(\\?["']?[ \t]*(?:=>|:=|[:=])[ \t]*)(?!(?:\\?["'])?<REDACTED:|(?:null|none|true|false|undefined)\b)("(?:[^"\\\n]|\\.){0,4096}"|\\"(?:[^"\\\n]|\\[^"\n]){0,4096}\\"|'[^'\n]{0,4096}'|[^\s"',;&(){}[\]<>]+(?<!:)(?![^\s"',;&(){}[\]<>]| ?[{(]))`,
      "gi",
    ),
    replace: redactKeyValue,
  },
  // `password hunter2`: no separator, so the value must hold a character other than a letter;
  // OpenSSH's "Failed password for root" stays.
  {
    kind: "secret-value",
    pattern: new RegExp(String.raw`\b((?:${PASSWORD_WORDS.join("|")})[ \t]+)(?![=<>])(?=[^\s"',;:]*[^A-Za-z\s"',;:])[^\s"',;:]{1,4096}`, "gi"),
    replace: keepPrefix("secret-value"),
  },
  // Also URL-encoded (`bob%40example.com`), as macOS CalDAV logs print account names.
  { kind: "email", pattern: /\b[A-Za-z0-9._%+-]{1,64}(?:@|%40)(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}\b/g, replace: whole("email") },
];

/** Only credentials (`user:password` once decoded) are redacted: `Basic authentication` is prose. */
function redactBasicCredentials(match: string, prefix: string, encoded: string): string {
  const decoded = Buffer.from(encoded, "base64").toString("latin1");
  return /^[\x20-\x7e]+:[\x20-\x7e]*$/.test(decoded) ? prefix + redactionMarker("basic-auth") : match;
}

/** Keeps the key and separator; a quoted key (JSON, or JSON escaped inside a JSON string) gets a quoted marker so the line stays valid JSON. */
function redactKeyValue(_match: string, key: string, separator: string, value: string): string {
  const quote = value.startsWith('\\"') ? '\\"' : value[0] === '"' || value[0] === "'" ? value[0] : separator[0] === '"' ? '"' : "";
  return key + separator + quote + redactionMarker("secret-value") + quote;
}
