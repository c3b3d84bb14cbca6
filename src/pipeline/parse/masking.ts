/** Masking rules: ordered data saying which whole values are always parameters. */
import { classOf, COLON, DASH, DIGIT, DOT, LETTER, OTHER, SLASH } from "./char-classes";

/** What a masked parameter is written as, following LogHub's templates. */
export const PARAM = "<*>";

export type MaskingRuleName =
  | "url"
  | "uuid"
  | "mac-address"
  | "ipv4-endpoint"
  | "ipv6-address"
  | "host-endpoint"
  | "hostname"
  | "path";

/**
 * A value shape that is always a parameter. `pattern` is anchored and is tested against a
 * word's core (the word without wrapping brackets, quotes and trailing commas); the first rule
 * that matches masks the whole core as one `<*>`. `needs` (char-classes.ts flags that must all
 * occur in the word), `first` (flags one of which the first char has) and `minLength` are cheap
 * necessary conditions checked first, so most words are ruled out without running a regex.
 */
export interface MaskingRule {
  readonly name: MaskingRuleName;
  readonly pattern: RegExp;
  readonly needs: number;
  readonly first: number;
  readonly minLength: number;
}

const HEX = DIGIT | LETTER;

/**
 * The default rules, most specific first. Words that match none still have their digit runs and
 * literal values (`true`, `root`, …) masked (see value-runs.ts), so these rules only need to
 * cover shapes whose punctuation belongs to the value: LogHub writes `10.251.73.220:50010` and
 * `/mnt/dfs/blk_1` as one `<*>`, not as `<*>.<*>...`.
 */
export const DEFAULT_MASKING_RULES: readonly MaskingRule[] = [
  { name: "url", pattern: /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S*$/, needs: COLON | SLASH, first: LETTER, minLength: 4 },
  {
    name: "uuid",
    pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    needs: DASH,
    first: HEX,
    minLength: 36,
  },
  // Six or more colon-separated hex pairs: MAC addresses and longer hardware ids (BGL's
  // FF:F2:9F:16:E2:23:00:0D:60:E9:1D:DC), which value runs would cut into `<*>:<*>:…`.
  { name: "mac-address", pattern: /^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5,}$/, needs: COLON, first: HEX, minLength: 17 },
  // Optional `host/` prefix and leading slash: Hadoop writes `msra-sa-41/10.190.173.170:9000`,
  // HDFS `/10.251.42.84`; both are one parameter in the LogHub truth.
  {
    name: "ipv4-endpoint",
    pattern: /^(?:[A-Za-z0-9][\w.-]*\/)?\/?(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?$/,
    needs: DIGIT | DOT,
    first: DIGIT | LETTER | SLASH,
    minLength: 7,
  },
  // Needs `::` or a hex letter, so clock times such as 08:16:53 stay `<*>:<*>:<*>`.
  {
    name: "ipv6-address",
    pattern: /^(?=[0-9a-fA-F:]*(?:::|[a-fA-F]))(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}$/,
    needs: COLON,
    first: HEX | COLON,
    minLength: 3,
  },
  // A host with a digit, a dash or two dots: `msra-sa-41:9000`, `proxy.cse.cuhk.edu.hk:5070`; not
  // counters (`HostLocal:22` stays `HostLocal:<*>`) nor source positions (`ib_sm_sweep.c:1455`).
  {
    name: "host-endpoint",
    pattern: /^(?=[^:]*[\d-]|[^:]*\.[^:]*\.)[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*:\d{1,5}$/,
    needs: COLON | DIGIT | LETTER,
    first: LETTER,
    minLength: 3,
  },
  // A numbered host in a domain (`MININT-FNANLI5.fareast.corp.microsoft.com`, `tbird-admin1.ca.sandia.gov`);
  // the digit in the first label and the short lower-case last label keep Java names
  // (`org.apache.hadoop.mapreduce.v2.app.MRAppMaster`) out.
  {
    name: "hostname",
    pattern: /^[A-Za-z0-9-]*\d[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+\.[a-z]{2,4}$/,
    needs: DIGIT | DOT | LETTER,
    first: DIGIT | LETTER | DASH,
    minLength: 6,
  },
  // Absolute, home-relative or Windows paths (empty segments allowed: `/logs//x.txt`); relative
  // ones (`power/control`) are usually prose.
  { name: "path", pattern: /^(?=.*[^/\\])(?:~|\.{1,2}|[A-Za-z]:)?(?:[/\\][^/\\\s]*)+$/, needs: SLASH, first: SLASH | DOT | LETTER | OTHER, minLength: 2 },
];

/**
 * Size units that LogHub folds into the preceding number (`5.8 KB` → `<*>`, Spark's
 * "estimated size <*>, free <*>"); `bytes`, `ms` and `seconds` stay words in its templates.
 */
export const SIZE_UNITS: ReadonlySet<string> = new Set(["B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB"]);

/**
 * A written-out date, masked as one `<*>` as in LogHub (BGL's `status=M <*>` for
 * `Fri Jul 01 08:16:53 PDT 2005`): optional weekday, month name, day, then optional time,
 * zone and year. Anchored; tried only at words that look like a weekday or month name, on at
 * most DATE_SPAN_MAX_LENGTH characters.
 */
export const DATE_SPAN =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(?:\s+[A-Z]{3,4}(?=\s|$))?(?:,?\s+\d{4})?(?=\s|$|[,;)\]])/;

/** Longest written-out date DATE_SPAN can match (`Wed, Sep 28, 23:59:59.999999 CEST, 2005`). */
export const DATE_SPAN_MAX_LENGTH = 48;

/** Whether `rule`'s cheap necessary conditions hold for `value`, a part of a word whose char classes are `classes`. */
function mayMatch(rule: MaskingRule, value: string, classes: number): boolean {
  return (classes & rule.needs) === rule.needs && value.length >= rule.minLength && (classOf(value.charCodeAt(0)) & rule.first) !== 0;
}

/** The first rule that matches the whole `value`; `classes` are those of the word it came from. */
export function findMaskingRule(value: string, classes: number, rules: readonly MaskingRule[]): MaskingRule | undefined {
  for (const rule of rules) {
    if (mayMatch(rule, value, classes) && rule.pattern.test(value)) {
      return rule;
    }
  }
  return undefined;
}
