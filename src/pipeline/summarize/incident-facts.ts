/** The facts a summary may state, read from an incident's evidence and nothing else. */
import type { Incident, RepresentativeLine, TemplateCount } from "../../domain/incident";
import { countLevelClasses, findExceptionNames, lineSeverityRank, type LevelClassCounts } from "../incidents";

export interface IncidentFacts {
  incident: Incident;
  sessionCount: number;
  /** Lines in the incident: the larger of the level and template tallies (either may be partial). */
  lineCount: number;
  levelClasses: LevelClassCounts;
  /** Exception class names written in the templates or lines, first seen first. */
  exceptionNames: string[];
  /** Lines at FATAL/ERROR/WARN or naming an exception, most severe first, then in line order. */
  severeLines: RepresentativeLine[];
  /** Templates whose wording reports a failure, most frequent first. */
  failureTemplates: TemplateCount[];
}

// Wording that reports a failure whatever level it was logged at.
// Word-bounded so identifiers such as `invalidSet` or `errorCount` do not count.
const FAILURE_WORDING =
  /\b(?:exception|error|errors|fail|failed|failure|fatal|refused|denied|unable|cannot|can't|could not|couldn't|invalid|lost|timed out|time ?out|corrupt|corrupted|abort|aborted|panic|unavailable|not found|interrupt|interrupted)\b|Exception\b/i;

export function gatherFacts(incident: Incident): IncidentFacts {
  const levelClasses = countLevelClasses(incident.levels);
  const levelTotal = Object.values(incident.levels).reduce((sum, count) => sum + count, 0);
  const templateTotal = incident.templates.reduce((sum, template) => sum + template.count, 0);
  return {
    incident,
    sessionCount: incident.sessionIds.length,
    lineCount: Math.max(levelTotal, templateTotal),
    levelClasses,
    exceptionNames: findExceptionNames([
      ...incident.templates.map((template) => template.template),
      ...incident.representativeLines.map((line) => line.text),
    ]),
    severeLines: rankSevereLines(incident.representativeLines),
    failureTemplates: incident.templates.filter((template) => FAILURE_WORDING.test(template.template)),
  };
}

function rankSevereLines(lines: readonly RepresentativeLine[]): RepresentativeLine[] {
  return lines
    .map((line) => ({ line, rank: lineSeverityRank(line.text) }))
    .filter(({ rank }) => rank > 0)
    .sort((a, b) => b.rank - a.rank || a.line.lineId - b.line.lineId)
    .map(({ line }) => line);
}
