/**
 * Key names whose values are secrets, shared by the key=value rule and its prefilter so the two
 * cannot drift apart. Each word matches lowercase, UPPERCASE and Capitalized (so camelCase
 * `dbPassword`, `clientSecret`, `apiKey` too); other mixes (`pAsSwOrD`) are not matched: case-
 * insensitive regexes cost ~2× more per line here, and real key names are not written that way.
 */

/** A key name must end with one of these: `db_password=` is caught, `token_count=` is not. */
export const SECRET_WORDS = ["password", "passwd", "passphrase", "secret", "token", "credential", "credentials"];

/** `…key` names are secrets only with one of these before `key` (`api_key`, `accessKey`): a bare `key=` is usually a cache or map key. */
export const KEY_QUALIFIERS = ["api", "access", "secret", "private", "auth", "signing", "encryption", "master", "client"];

/** `word` as lowercase, UPPERCASE or Capitalized, as regex source. */
export function casedWord(word: string): string {
  return `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}|${word.toUpperCase()}`;
}

/** Regex source for a whole secret key name's ending (the rule's key part). */
export function secretKeyEnding(): string {
  const words = SECRET_WORDS.map(casedWord).join("|");
  const qualifiers = KEY_QUALIFIERS.map(casedWord).join("|");
  return `${words}|(?:${qualifiers})[_-]?(?:${casedWord("key")})`;
}

/**
 * A looser, faster necessary condition for the prefilter (see secret-prefilter.ts): each word
 * without its first letter, so one alternative covers both casings, and any `key` ending.
 */
export function secretKeyEndingHint(): string {
  const tails = SECRET_WORDS.flatMap((word) => [word.slice(1), word.slice(1).toUpperCase()]);
  return [...new Set(tails)].join("|") + `|${casedWord("key")}`;
}
