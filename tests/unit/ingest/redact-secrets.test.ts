import { readFileSync } from "node:fs";
import { redactSecrets, REDACTION_RULES, type RedactionKind } from "../../../src/pipeline/ingest";
import { LOGHUB_2K_SYSTEMS, loghubLogPath } from "../../support/shared-data";

const JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

const CASES: [RedactionKind, string, string][] = [
  ["private-key", "key: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY----- loaded", "key: <REDACTED:private-key> loaded"],
  ["private-key", "-----BEGIN OPENSSH PRIVATE KEY-----b3BlbnNzaC1rZXk", "<REDACTED:private-key>"],
  ["url-credentials", "connecting to postgres://admin:s3cr3t@db:5432/app", "connecting to postgres://<REDACTED:url-credentials>@db:5432/app"],
  ["jwt", `session ${JWT} issued`, "session <REDACTED:jwt> issued"],
  ["bearer-token", "Authorization: Bearer abc123def456ghi789", "Authorization: Bearer <REDACTED:bearer-token>"],
  ["basic-auth", "Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic <REDACTED:basic-auth>"],
  ["aws-access-key", "using key AKIAIOSFODNN7EXAMPLE for s3", "using key <REDACTED:aws-access-key> for s3"],
  ["api-key", "OPENAI sk-proj-abcdefghijklmnopqrstuvwx1234", "OPENAI <REDACTED:api-key>"],
  ["api-key", "token ghp_abcdefghijklmnopqrstuvwxyz0123456789 used", "token <REDACTED:api-key> used"],
  ["api-key", "slack xoxb-1234567890-abcdefghij posted", "slack <REDACTED:api-key> posted"],
  ["api-key", "stripe sk_live_abcdefghijklmnop1234", "stripe <REDACTED:api-key>"],
  ["secret-value", "login user=bob password=hunter2 ok", "login user=bob password=<REDACTED:secret-value> ok"],
  ["secret-value", "DB_PASSWORD: 'correct horse battery'", "DB_PASSWORD: '<REDACTED:secret-value>'"],
  ["secret-value", "clientSecret=abc&next=1", "clientSecret=<REDACTED:secret-value>&next=1"],
  ["secret-value", "api_key = 12345abcde", "api_key = <REDACTED:secret-value>"],
  ["secret-value", "X-Auth-Token: 9f8e7d6c", "X-Auth-Token: <REDACTED:secret-value>"],
  ["secret-value", "pwd=hunter2 ok", "pwd=<REDACTED:secret-value> ok"],
  ["secret-value", "DB_PASS=hunter2", "DB_PASS=<REDACTED:secret-value>"],
  ["secret-value", "PassWord: hunter2", "PassWord: <REDACTED:secret-value>"],
  ["secret-value", ":password => 'hunter2'", ":password => '<REDACTED:secret-value>'"],
  ["secret-value", "login with password hunter2 failed", "login with password <REDACTED:secret-value> failed"],
  ["private-key", "-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBF\n-----END PGP PRIVATE KEY BLOCK-----", "<REDACTED:private-key>"],
  ["aws-secret-key", "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key=<REDACTED:aws-secret-key>"],
  ["aws-secret-key", "secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY loaded", "secret <REDACTED:aws-secret-key> loaded"],
  ["url-credentials", "redis://:s3cr3t@cache:6379", "redis://<REDACTED:url-credentials>@cache:6379"],
  ["url-credentials", "mysql://app:p@ss@w0rd@db/app", "mysql://<REDACTED:url-credentials>@db/app"],
  ["cookie", "Cookie: session=abc123; theme=dark", "Cookie: <REDACTED:cookie>"],
  ["cookie", "Set-Cookie: sid=abc123; Path=/; HttpOnly", "Set-Cookie: <REDACTED:cookie>"],
  ["session-id", "GET /app;JSESSIONID=1A2B3C4D5E", "GET /app;JSESSIONID=<REDACTED:session-id>"],
  ["azure-signature", "GET /c/b?sv=2020-08-04&sig=Zm9vYmFy%3D", "GET /c/b?sv=2020-08-04&sig=<REDACTED:azure-signature>"],
  ["email", "mail sent to bob.smith@example.com", "mail sent to <REDACTED:email>"],
  ["email", "GET /principals/users/xpc_ben%40163.com/", "GET /principals/users/<REDACTED:email>/"],
];

describe("redactSecrets", () => {
  it.each(CASES)("%s: %s", (kind, input, expected) => {
    expect(redactSecrets(input)).toEqual({ text: expected, redactions: 1, byKind: { [kind]: 1 } });
  });

  it("keeps JSON valid: quoted values stay quoted, unquoted ones get quotes", () => {
    const line = '{"user":"bob","password":"hunter2","token":12345,"msg":"ok"}';
    const { text, redactions } = redactSecrets(line);
    expect(redactions).toBe(2);
    expect(JSON.parse(text)).toEqual({ user: "bob", password: "<REDACTED:secret-value>", token: "<REDACTED:secret-value>", msg: "ok" });
  });

  it("leaves clean lines untouched, including words near the triggers", () => {
    const clean = [
      "081109 203518 143 INFO dfs.DataNode$DataXceiver: Receiving block blk_-1608999687919862906 src: /10.250.19.102:54106",
      "token_count=5 tokens: 7 passwords reset: 3",
      "Basic authentication enabled; Bearer authentication disabled",
      "cache key=user_42 primary key: 7",
      "visit https://example.com/path?q=1 or http://0.0.0.0:4040/jobs",
      "Could not get event name for stream/token: com.apple.xpc.activity/4505: 132: Request for stale data",
      "Failed password for invalid user admin from 10.0.0.1 port 22 ssh2",
      "Processed session termination for sessionid: 0x14f05578bf40007",
      "Remoting started; listening on addresses :[akka.tcp://sparkExecutor@mesos-slave-07:55904]",
      "commit 3f786850e387550fdab836ed7e6dc881de23001b merged, object java.lang.Object@6d06d69c",
      "/mnt/hadoop/dfs/data/current/subdir5/blk_-1608999687919862906 deleted",
      "task_1445144423722_0020_m_000000 done",
      "Skipping AppWindowToken{df0798e token=Token{78af589 ActivityRecord{3b04890 u0 t761}}} -- going to hide",
      "Token: Token { kind: ContainerToken, service: 172.22.149.145:28345 }",
      "password=null token: false secret=undefined",
    ];
    for (const line of clean) {
      expect(redactSecrets(line)).toEqual({ text: line, redactions: 0, byKind: {} });
    }
  });

  it("redacts only the kinds the options leave on", () => {
    const line = "mail bob@example.com password=hunter2";
    expect(redactSecrets(line, { email: false }).text).toBe("mail bob@example.com password=<REDACTED:secret-value>");
    expect(redactSecrets(line, { "secret-value": false }).text).toBe("mail <REDACTED:email> password=hunter2");
  });

  it("is deterministic and idempotent", () => {
    const line = `password=x ${JWT} Authorization: Bearer abc123def456ghi789`;
    const once = redactSecrets(line).text;
    expect(redactSecrets(line).text).toBe(once);
    expect(redactSecrets(once)).toEqual({ text: once, redactions: 0, byKind: {} });
  });

  // The prefilter is an optimisation: with or without it the output must be the same.
  it("prefilter never hides a secret the rules would find", () => {
    const variants = CASES.flatMap(([, input]) => [input, input.toUpperCase(), input.toLowerCase()]);
    for (const text of variants) {
      expect(redactSecrets(text).text).toBe(applyAllRules(text));
    }
  });

  // Lines built to make the rules backtrack; their cost against length is measured by
  // `npm run bench -- scaling` (redact-dotted-run, redact-open-quotes), not asserted here.
  it("still finds the secret in a hostile 64 KiB line", () => {
    expect(redactSecrets(`${"a.".repeat(32760)} token=x`).redactions).toBe(1);
    expect(redactSecrets('token="'.repeat(9362)).redactions).toBeGreaterThan(0);
  });

  // Real LogHub lines carry no secret, except Mac's iCloud account names (URL-encoded e-mail
  // addresses), which are PII and meant to go.
  const EXPECTED_CHANGED_LINES: Partial<Record<(typeof LOGHUB_2K_SYSTEMS)[number], number>> = { Mac: 3 };
  it.each(LOGHUB_2K_SYSTEMS)("leaves %s 2k lines intact (false positives stay rare)", (system) => {
    const lines = readFileSync(loghubLogPath(system), "utf8").split("\n");
    const changed = lines.filter((line) => redactSecrets(line).redactions > 0);
    expect(changed.length).toBe(EXPECTED_CHANGED_LINES[system] ?? 0);
  });
});

function applyAllRules(text: string): string {
  return REDACTION_RULES.reduce((out, rule) => out.replace(rule.pattern, (match: string, ...groups: string[]) => rule.replace(match, ...groups)), text);
}
