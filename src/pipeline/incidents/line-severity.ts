/** How alarming one raw line looks: its level word, or an exception it names (HDFS logs those at WARN/INFO). */
import { findExceptionNames } from "./exception-names";
import { levelClassInLine, type LevelClass } from "./log-levels";

export const LEVEL_RANK: Record<LevelClass, number> = { fatal: 3, error: 2, warn: 1, other: 0 };

/** 0 (routine) to 3 (fatal); a named exception counts as an error line. */
export function lineSeverityRank(text: string): number {
  const namesException = findExceptionNames([text]).length > 0;
  return Math.max(LEVEL_RANK[levelClassInLine(text)], namesException ? LEVEL_RANK.error : 0);
}
