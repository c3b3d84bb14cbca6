/** Level names from many log formats folded into the few classes severity and summaries reason about. */

export type LevelClass = "fatal" | "error" | "warn" | "other";

// BGL writes FATAL/SEVERE/FAILURE, syslog writes crit/emerg/alert, java.util.logging SEVERE.
const LEVEL_CLASSES: Record<string, LevelClass> = {
  FATAL: "fatal",
  CRITICAL: "fatal",
  CRIT: "fatal",
  EMERG: "fatal",
  EMERGENCY: "fatal",
  ALERT: "fatal",
  PANIC: "fatal",
  ERROR: "error",
  ERR: "error",
  SEVERE: "error",
  FAILURE: "error",
  WARN: "warn",
  WARNING: "warn",
};

export function classifyLevel(level: string): LevelClass {
  return LEVEL_CLASSES[level.trim().toUpperCase()] ?? "other";
}

export type LevelClassCounts = Record<LevelClass, number>;

export function countLevelClasses(levels: Readonly<Record<string, number>>): LevelClassCounts {
  const counts: LevelClassCounts = { fatal: 0, error: 0, warn: 0, other: 0 };
  for (const [level, count] of Object.entries(levels)) {
    counts[classifyLevel(level)] += count;
  }
  return counts;
}

/** The most severe level word written in a raw line's header, e.g. `WARN` in an HDFS line. */
export function levelClassInLine(text: string): LevelClass {
  const words = text.slice(0, 200).match(/\b[A-Za-z]{3,9}\b/g) ?? [];
  const classes = new Set(words.filter((word) => word === word.toUpperCase()).map(classifyLevel));
  return (["fatal", "error", "warn"] as const).find((levelClass) => classes.has(levelClass)) ?? "other";
}
