/**
 * Log-parsing accuracy against LogHub-style ground truth, computed exactly as the shared bench's
 * reference scorer score-parsing.mjs computes it (tests/integration/evaluate checks that they
 * agree), so the golden test can score in-process instead of starting the scorer.
 */

/** One parsed line: `eventId` groups lines when present (as `flare parse` writes it), else the template text does. */
export interface PredictedLine {
  lineId: number | string;
  eventId?: string;
  template: string;
}

/** One line of the truth file (a LogHub `*_structured.csv`: LineId, …, EventTemplate). */
export interface TruthLine {
  lineId: number | string;
  template: string;
}

/** The LogHub and Loghub-2.0 benchmark metrics, each in [0, 1]. */
export interface ParsingMetrics {
  lines: number;
  /** Truth lines without a prediction (each then counts as a group of its own). */
  missing: number;
  trueTemplates: number;
  predictedTemplates: number;
  /** Grouping accuracy: share of lines whose predicted group is exactly their true group. */
  GA: number;
  /** F1 over groups: a predicted group counts when its line set equals a true group's. */
  FGA: number;
  /** Parsing accuracy: share of lines whose predicted template text equals the truth. */
  PA: number;
  /** F1 over templates: a group that is exactly right and has the right template text. */
  FTA: number;
}

/** Runs of whitespace as one space, trimmed: the scorer compares templates this way. */
function normalise(template: string): string {
  return template.replace(/\s+/g, " ").trim();
}

function push<K>(groups: Map<K, string[]>, key: K, lineId: string): void {
  const group = groups.get(key);
  if (group) {
    group.push(lineId);
  } else {
    groups.set(key, [lineId]);
  }
}

function f1(right: number, predicted: number, truth: number): number {
  const precision = predicted ? right / predicted : 0;
  const recall = truth ? right / truth : 0;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Only truth lines are scored; a later prediction for the same line id replaces an earlier one. */
export function scoreParsing(predicted: readonly PredictedLine[], truth: readonly TruthLine[]): ParsingMetrics {
  const byLineId = new Map(predicted.map((line) => [String(line.lineId).trim(), line]));
  const truthGroups = new Map<string, string[]>();
  const predictedGroups = new Map<string, string[]>();
  let missing = 0;
  for (const line of truth) {
    const lineId = String(line.lineId).trim();
    const prediction = byLineId.get(lineId);
    missing += prediction ? 0 : 1;
    push(truthGroups, line.template, lineId);
    push(predictedGroups, groupKey(prediction, lineId), lineId);
  }
  const groupOf = new Map<string, string>();
  for (const [key, lineIds] of predictedGroups) {
    lineIds.forEach((lineId) => groupOf.set(lineId, key));
  }
  let groupedLines = 0;
  let parsedLines = 0;
  let groupsRight = 0;
  let templatesRight = 0;
  for (const [template, lineIds] of truthGroups) {
    const keys = new Set(lineIds.map((lineId) => groupOf.get(lineId)!));
    const exact = keys.size === 1 && predictedGroups.get([...keys][0])!.length === lineIds.length;
    const rightText = (lineId: string) => {
      const prediction = byLineId.get(lineId);
      return prediction !== undefined && normalise(prediction.template) === normalise(template);
    };
    if (exact) {
      groupedLines += lineIds.length;
      groupsRight++;
      templatesRight += rightText(lineIds[0]) ? 1 : 0;
    }
    parsedLines += lineIds.filter(rightText).length;
  }
  const predictedTemplates = [...predictedGroups.keys()].filter((key) => !key.startsWith("missing:")).length;
  return {
    lines: truth.length,
    missing,
    trueTemplates: truthGroups.size,
    predictedTemplates,
    GA: groupedLines / truth.length,
    FGA: f1(groupsRight, predictedTemplates, truthGroups.size),
    PA: parsedLines / truth.length,
    FTA: f1(templatesRight, predictedTemplates, truthGroups.size),
  };
}

/** The predicted group of a line: its event id, else its normalised template, else a group of its own. */
function groupKey(prediction: PredictedLine | undefined, lineId: string): string {
  if (!prediction) {
    return `missing:${lineId}`;
  }
  return prediction.eventId ? `id:${prediction.eventId}` : `t:${normalise(prediction.template)}`;
}
