/**
 * The cheap test that lets clean lines skip the redaction rules. Invariant (tested): a text this
 * does not match cannot match any rule, so it must stay a superset of every rule's trigger.
 */
import { secretKeyEndingHint } from "./secret-key-names";

const KEY_VALUE = String.raw`(?:${secretKeyEndingHint()})["']?[ \t]*[:=]|earer\s|EARER\s|asic\s|ASIC\s`;
const TOKENS = String.raw`PRIVATE KEY|eyJ|A(?:KIA|SIA|BIA|CCA|Iza)|:\/\/[^\s/@]*:[^\s/@]*@|sk-|[sr]k_(?:live|test)_|gh[pousr]_|github_pat_|xox[a-z]-|glpat-`;

/**
 * One case-sensitive regex: ~180 ns a line on HDFS (Node 20), against ~270 ns for a
 * case-insensitive keyword regex plus a token regex. The shape was found by measuring: words
 * without their first letter (`assword` covers both casings) were the fastest variant tried;
 * spelling the casings out (`[Pp]assword`) doubled the cost.
 */
const SECRET_PREFILTER = new RegExp(`${KEY_VALUE}|${TOKENS}`);

export function mayContainSecret(text: string): boolean {
  return SECRET_PREFILTER.test(text);
}
