/**
 * Readers for the time fields of the registry's formats. All return ms since the epoch or
 * undefined. Times without a zone are read as UTC: the header does not say, and UTC keeps
 * results the same on every machine. Two-digit years follow POSIX strptime: 69–99 → 19xx,
 * 00–68 → 20xx.
 */

const MONTHS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Date.UTC with range checks, because Date.UTC silently rolls month 13 into the next year. */
export function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms = 0): number | undefined {
  const valid =
    month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23 &&
    minute >= 0 && minute <= 59 && second >= 0 && second <= 60 && ms >= 0 && ms < 1000;
  return valid ? dayStartMs(year, month, day) + ((hour * 60 + minute) * 60 + second) * 1000 + ms : undefined;
}

// Date.UTC costs ~70 ns and logs stay on one day for a long time, so the last day's start is kept.
let lastDayKey = Number.NaN;
let lastDayStartMs = 0;

function dayStartMs(year: number, month: number, day: number): number {
  const key = (year * 100 + month) * 100 + day;
  if (key !== lastDayKey) {
    lastDayKey = key;
    lastDayStartMs = Date.UTC(year, month - 1, day);
  }
  return lastDayStartMs;
}

export function fullYear(twoDigits: number): number {
  return twoDigits < 69 ? 2000 + twoDigits : 1900 + twoDigits;
}

export function monthNumber(name: string): number {
  return MONTHS[name] ?? 0;
}

/** Milliseconds from a fraction of a second written with any number of digits ("9", "978", "675872"). */
export function fractionMs(digits: string | undefined): number {
  return digits ? Math.floor(Number(`0.${digits}`) * 1000) : 0;
}

const EPOCH = /^(\d{9,13})(?:\.(\d+))?$/;

/** Unix time in seconds (10 digits today) or milliseconds (13 digits), as JSON loggers write it. */
export function readEpoch(text: string): number | undefined {
  const m = EPOCH.exec(text);
  if (m === null) {
    return undefined;
  }
  const whole = Number(m[1]);
  return m[1].length >= 12 ? whole : whole * 1000 + fractionMs(m[2]);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))? ?(Z|[+-]\d{2}:?\d{2})?$/;

/** ISO 8601 and its log4j cousin (`2015-10-18 18:01:47,978`); an offset is honoured, no offset means UTC. */
export function readIsoTimestamp(text: string): number | undefined {
  const m = ISO.exec(text);
  if (m === null) {
    return undefined;
  }
  const local = utcMs(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], fractionMs(m[7]));
  return local === undefined ? undefined : local - offsetMs(m[8]);
}

function offsetMs(zone: string | undefined): number {
  if (zone === undefined || zone === "Z") {
    return 0;
  }
  const digits = zone.replace(":", "");
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return (digits[0] === "-" ? -minutes : minutes) * 60_000;
}

const SYSLOG = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/;

/** BSD syslog's `Jul  1 09:00:55`, which has no year: the caller supplies it. */
export function readSyslogTimestamp(text: string, year: number): number | undefined {
  const m = SYSLOG.exec(text);
  return m === null ? undefined : utcMs(year, monthNumber(m[1]), +m[2], +m[3], +m[4], +m[5], fractionMs(m[6]));
}

/** Any of the shapes above; for JSON lines and the generic format, whose writers vary. */
export function readAnyTimestamp(text: string, year: number): number | undefined {
  return readIsoTimestamp(text) ?? readEpoch(text) ?? readSyslogTimestamp(text, year);
}
