/** Which column each template, transition and timing value goes to. */
import { eventIdOf } from "../../domain/template";
import type { FeatureSpec } from "./feature-spec";
import { TIMING_COLUMNS } from "./timing-features";

/**
 * Template ids are combined into one exact number per transition (`a * 2^32 + b`), which is
 * exact below 2^53, so ids must stay under 2^21 (two million templates; Drain on LogHub's
 * largest systems finds a few thousand).
 */
const MAX_TEMPLATE_ID = 2 ** 21;
const PAIR = 2 ** 32;

export function bigramKey(from: number, to: number): number {
  return from * PAIR + to;
}

export function checkTemplateId(id: number): void {
  if (!Number.isInteger(id) || id < 0 || id >= MAX_TEMPLATE_ID) {
    throw new RangeError(`template ids must be integers in [0, ${MAX_TEMPLATE_ID}), got ${id}`);
  }
}

/**
 * [counts…, count:<unseen>] [bigrams…, bigram:<unseen>] [timing…]. The `<unseen>` columns count
 * templates (transitions) the vocabulary was not fitted on: always 0 in training, so a new
 * template shows up as a direction the detector has never seen instead of vanishing.
 */
export class ColumnLayout {
  readonly templateColumn = new Map<number, number>();
  readonly bigramColumn = new Map<number, number>();
  readonly countStart = 0;
  readonly unseenCountColumn: number;
  readonly bigramStart: number;
  readonly unseenBigramColumn: number;
  readonly timingStart: number;
  readonly cols: number;
  readonly columnNames: string[] = [];

  constructor(
    readonly spec: FeatureSpec,
    readonly templateIds: readonly number[],
    readonly bigrams: readonly (readonly [number, number])[],
  ) {
    const countNames = spec.counts ? [...templateIds.map((t) => `count:${eventIdOf(t)}`), "count:<unseen>"] : [];
    templateIds.forEach((t, i) => this.templateColumn.set(t, i));
    this.unseenCountColumn = spec.counts ? templateIds.length : -1;
    this.bigramStart = countNames.length;
    const bigramNames = spec.bigrams ? [...bigrams.map(([a, b]) => `bigram:${eventIdOf(a)}>${eventIdOf(b)}`), "bigram:<unseen>"] : [];
    bigrams.forEach(([a, b], i) => this.bigramColumn.set(bigramKey(a, b), this.bigramStart + i));
    this.unseenBigramColumn = spec.bigrams ? this.bigramStart + bigrams.length : -1;
    this.timingStart = this.bigramStart + bigramNames.length;
    const timingNames = spec.timing ? TIMING_COLUMNS.map((c) => `timing:${c}`) : [];
    this.columnNames = [...countNames, ...bigramNames, ...timingNames];
    this.cols = this.columnNames.length;
  }

  /** End (exclusive) of the count and bigram columns: the part tf, idf and l2 apply to. */
  get termEnd(): number {
    return this.timingStart;
  }
}
