/**
 * Property: a secret of any family, in any surrounding, never survives redaction. Secrets and
 * surroundings come from a seeded generator (no fast-check in the tree), so a failure replays.
 */
import { redactSecrets, SecretRedactor } from "../../../src/pipeline/ingest";

type Random = () => number;

/** mulberry32: small, seeded, good enough to vary test inputs. */
function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const ALNUM = UPPER + LOWER + DIGITS;
const BASE64 = ALNUM + "+/";
const PASSWORD_CHARS = ALNUM + "!#$%*+-./@^_~";

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chars = (random: Random, alphabet: string, length: number): string => Array.from({ length }, () => pick(random, [...alphabet])).join("");
/** A random string that holds an upper and a lower case letter and a digit (so it reads as a key, not a word). */
const mixed = (random: Random, alphabet: string, length: number): string => pick(random, [...UPPER]) + pick(random, [...LOWER]) + pick(random, [...DIGITS]) + chars(random, alphabet, length - 3);

/** One generated case: the text that holds the secret, and the secret value that must not survive. */
interface Planted {
  text: string;
  secret: string;
}
type Family = (random: Random) => Planted;

const KEY_NAMES = ["password", "passwd", "pwd", "pass", "secret", "token", "api_key", "apikey", "access_key", "client_secret", "DB_PASS", "SMTP_PASSWORD", "PassWord", "dbPassword", "X-Api-Key", "AccountKey"];
const SEPARATORS = ["=", ":", ": ", " = ", "=>", " => ", ":="];
const casings = (key: string) => [key, key.toLowerCase(), key.toUpperCase()];

const FAMILIES: Record<string, Family> = {
  "key=value": (r) => {
    const secret = mixed(r, PASSWORD_CHARS, 8 + Math.floor(r() * 16));
    const key = pick(r, casings(pick(r, KEY_NAMES)));
    const form = pick(r, ["plain", "json", "single"]);
    const text = form === "json" ? `{"${key}":"${secret}","user":"bob"}` : form === "single" ? `${key}${pick(r, SEPARATORS)}'${secret}'` : `${key}${pick(r, SEPARATORS)}${secret}`;
    return { text, secret };
  },
  "password X": (r) => {
    const secret = mixed(r, PASSWORD_CHARS, 10);
    return { text: `${pick(r, ["password", "Password", "PASSWORD", "passwd", "passphrase"])} ${secret}`, secret };
  },
  "aws access key id": (r) => {
    const secret = pick(r, ["AKIA", "ASIA"]) + chars(r, UPPER + DIGITS, 16);
    return { text: pick(r, [secret, `aws_access_key_id=${secret}`, `"AccessKeyId": "${secret}"`]), secret };
  },
  "aws secret access key": (r) => {
    const secret = mixed(r, BASE64, 40);
    return { text: pick(r, [secret, `aws_secret_access_key=${secret}`, `AWS_SECRET_ACCESS_KEY: ${secret}`, `"SecretAccessKey": "${secret}"`]), secret };
  },
  "gcp service account": (r) => {
    const secret = mixed(r, BASE64, 64);
    return { text: `{"type":"service_account","private_key":"-----BEGIN PRIVATE KEY-----\\n${secret}\\n-----END PRIVATE KEY-----\\n"}`, secret };
  },
  "gcp api key": (r) => {
    const secret = `AIza${chars(r, ALNUM + "_-", 35)}`;
    return { text: pick(r, [secret, `key=${secret}`, `https://maps.googleapis.com/maps/api?key=${secret}&q=1`]), secret };
  },
  "azure account key": (r) => {
    const secret = mixed(r, BASE64, 86) + "==";
    return { text: `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${secret};EndpointSuffix=core.windows.net`, secret };
  },
  "azure sas": (r) => {
    const secret = mixed(r, ALNUM + "%", 44);
    return { text: pick(r, [`SharedAccessSignature=sv=2020-08-04&ss=b&sig=${secret}`, `https://acct.blob.core.windows.net/c/b.txt?sv=2020-08-04&se=2030-01-01&sig=${secret}`]), secret };
  },
  "private key block": (r) => {
    const secret = mixed(r, BASE64, 64);
    const name = pick(r, ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK"]);
    return { text: `-----BEGIN ${name}-----\n${secret}\n${mixed(r, BASE64, 64)}\n-----END ${name}-----`, secret };
  },
  cookie: (r) => {
    const secret = mixed(r, ALNUM + "%-_.", 24);
    return { text: pick(r, [`Cookie: session=${secret}; theme=dark`, `Set-Cookie: sid=${secret}; Path=/; HttpOnly`, `cookie: a=1; token=${secret}`]), secret };
  },
  "session id": (r) => {
    const secret = mixed(r, ALNUM, 26);
    return { text: pick(r, [`GET /app?sessionid=${secret}&x=1`, `JSESSIONID=${secret}`, `PHPSESSID=${secret}`, `session_id=${secret}`]), secret };
  },
  "bearer token": (r) => {
    const secret = mixed(r, ALNUM + "._-", 32);
    return { text: pick(r, [`Authorization: Bearer ${secret}`, `authorization: bearer ${secret}`]), secret };
  },
  jwt: (r) => {
    const secret = `eyJ${chars(r, ALNUM, 20)}.${chars(r, ALNUM, 30)}.${chars(r, ALNUM + "_-", 43)}`;
    return { text: secret, secret };
  },
  "basic auth": (r) => {
    const secret = Buffer.from(`user:${mixed(r, ALNUM, 12)}`).toString("base64");
    return { text: `Authorization: Basic ${secret}`, secret };
  },
  "connection string": (r) => {
    const secret = mixed(r, ALNUM + "@:!$*", 14);
    const user = pick(r, ["", "admin", "svc_app"]);
    const scheme = pick(r, ["postgres", "postgresql", "mysql", "redis", "mongodb+srv", "amqp", "https", "ftp"]);
    return { text: `${scheme}://${user}:${secret}@db.internal:5432/app`, secret };
  },
  "api key": (r) => {
    const secret = pick(r, [`ghp_${chars(r, ALNUM, 36)}`, `sk_live_${chars(r, ALNUM, 24)}`, `xoxb-${chars(r, DIGITS, 10)}-${chars(r, ALNUM, 12)}`, `sk-ant-${chars(r, ALNUM, 32)}`, `glpat-${chars(r, ALNUM, 20)}`]);
    return { text: secret, secret };
  },
  "e-mail": (r) => {
    const secret = `${chars(r, LOWER, 5)}.${chars(r, LOWER + DIGITS, 6)}@${chars(r, LOWER, 7)}.${pick(r, ["com", "io", "co.uk"])}`;
    return { text: secret, secret };
  },
};

const SURROUNDINGS: ((text: string) => string)[] = [
  (t) => t,
  (t) => `${t} accepted`,
  (t) => `081109 203518 143 INFO app.Auth: login with ${t}`,
  (t) => `2024-01-02T03:04:05Z WARN [worker-3] retrying (${t}) after 3 attempts`,
  (t) => `msg="${t}"`,
  (t) => JSON.stringify({ level: "info", msg: t }),
  (t) => `POST /graphql?op=login&${t}`,
  (t) => `\t${t}\t`,
];

const SEEDS = 25;

describe("redaction property: no secret survives", () => {
  it.each(Object.keys(FAMILIES))("%s", (family) => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = seededRandom(seed * 7919);
      for (const surround of SURROUNDINGS) {
        const { text, secret } = FAMILIES[family](random);
        const input = surround(text);
        const output = redactSecrets(input).text;
        expect({ input, leaked: output.includes(secret) }).toEqual({ input, leaked: false });
      }
    }
  });

  // The ingestor redacts line by line: a key block's body lines must be dropped there too.
  it("drops every line of a private key block read line by line", () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { text, secret } = FAMILIES["private key block"](seededRandom(seed));
      const redactor = new SecretRedactor();
      const output = `before\n${text}\nafter`.split("\n").map((line) => redactor.redactLine(line));
      expect(output.filter((line) => line !== undefined)).toEqual(["before", "<REDACTED:private-key>", "after"]);
      expect(output.join("\n")).not.toContain(secret);
    }
  });
});
