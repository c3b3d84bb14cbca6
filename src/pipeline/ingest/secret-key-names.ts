/**
 * Key names whose values are secrets, shared by the key=value rules and their prefilter so the two
 * cannot drift apart. The rules match key names in any case (`PassWord`, `DB_PASS`, `apiKey`);
 * the prefilter, which must stay cheap, looks only at a name's last three letters, in lower or
 * UPPER case: that covers snake, kebab, camel and upper spellings (`passWord`, `DB_PASSWORD`).
 */

/** A key name must end with one of these: `db_password=` is caught, `token_count=` is not. */
export const SECRET_WORDS = ["password", "passwd", "passphrase", "pass", "pwd", "secret", "token", "credential", "credentials"];

/** `…key` names are secrets only with one of these before `key` (`api_key`, `accessKey`, Azure's `AccountKey`): a bare `key=` is usually a cache or map key. */
export const KEY_QUALIFIERS = ["api", "access", "secret", "private", "auth", "signing", "encryption", "master", "client", "account"];

/** Words that, followed by a space and a value (`password hunter2`), give a password without any separator. */
export const PASSWORD_WORDS = ["password", "passwd", "passphrase"];

/** Regex source for a whole secret key name's ending (the rule's key part); the rule is case-insensitive. */
export function secretKeyEnding(): string {
  return `${SECRET_WORDS.join("|")}|(?:${KEY_QUALIFIERS.join("|")})[_-]?key`;
}

/** The last three letters of `words`, lower and UPPER case, as regex alternatives. */
export function wordTails(words: readonly string[]): string {
  const tails = words.flatMap((word) => [word.slice(-3), word.slice(-3).toUpperCase()]);
  return [...new Set(tails)].join("|");
}

/** A looser, faster necessary condition for the prefilter (see secret-prefilter.ts): every word's tail, and any `key` ending. */
export function secretKeyEndingHint(): string {
  return `${wordTails(SECRET_WORDS)}|[kK]ey|KEY`;
}
