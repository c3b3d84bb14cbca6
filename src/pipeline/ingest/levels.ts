/** Level words in one vocabulary: upper case, common aliases folded (`warning` → `WARN`). */

const ALIASES: Record<string, string> = {
  WARNING: "WARN",
  ERR: "ERROR",
  CRIT: "CRITICAL",
  EMERG: "EMERGENCY",
  INFORMATION: "INFO",
  INFORMATIONAL: "INFO",
  DBG: "DEBUG",
  TRC: "TRACE",
  FTL: "FATAL",
};

/** RFC 5424 §6.2.1 severities, indexed by `PRI % 8`. */
const SYSLOG_SEVERITIES = ["EMERGENCY", "ALERT", "CRITICAL", "ERROR", "WARN", "NOTICE", "INFO", "DEBUG"];

/** pino and bunyan write levels as numbers. */
const NUMERIC_LEVELS: Record<string, string> = { "10": "TRACE", "20": "DEBUG", "30": "INFO", "40": "WARN", "50": "ERROR", "60": "FATAL" };

// Levels repeat on almost every line, so normalise each distinct word once. Bounded because a
// broken header could put arbitrary text in the level field.
const MAX_CACHED = 256;
const cache = new Map<string, string>();

export function normalizeLevel(level: string): string {
  const cached = cache.get(level);
  if (cached !== undefined) {
    return cached;
  }
  const upper = level.toUpperCase();
  const normalized = ALIASES[upper] ?? upper;
  if (cache.size < MAX_CACHED) {
    cache.set(level, normalized);
  }
  return normalized;
}

/** `<PRI>` of a syslog header → level word. */
export function syslogPriorityLevel(pri: string): string | undefined {
  const value = Number(pri);
  return Number.isInteger(value) && value >= 0 && value <= 191 ? SYSLOG_SEVERITIES[value % 8] : undefined;
}

export function numericLevel(level: string): string {
  return NUMERIC_LEVELS[level] ?? level;
}
