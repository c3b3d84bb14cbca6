/** Numeric steps that turn sessions into rows: counting, tf, idf, l2 and column scaling. */
import type { Session } from "../../domain/session";
import { bigramKey, type ColumnLayout } from "./column-layout";
import { writeTimingFeatures } from "./timing-features";

/** Row-major rows of counts (tf-transformed) and timing; weighting comes after. */
export function writeTermRows(sessions: readonly Session[], layout: ColumnLayout): Float64Array {
  const { cols, spec } = layout;
  const values = new Float64Array(sessions.length * cols);
  sessions.forEach((session, row) => {
    const offset = row * cols;
    if (spec.counts) {
      countTemplates(session.templateIds, layout, values, offset);
    }
    if (spec.bigrams) {
      countBigrams(session.templateIds, layout, values, offset);
    }
    if (spec.timing) {
      writeTimingFeatures(session, values, offset + layout.timingStart);
    }
  });
  if (spec.tf === "log") {
    forEachTermCell(values, layout, (i) => (values[i] = Math.log1p(values[i])));
  }
  return values;
}

function countTemplates(ids: readonly number[], layout: ColumnLayout, out: Float64Array, offset: number): void {
  for (const id of ids) {
    out[offset + (layout.templateColumn.get(id) ?? layout.unseenCountColumn)]++;
  }
}

function countBigrams(ids: readonly number[], layout: ColumnLayout, out: Float64Array, offset: number): void {
  for (let i = 1; i < ids.length; i++) {
    out[offset + (layout.bigramColumn.get(bigramKey(ids[i - 1], ids[i])) ?? layout.unseenBigramColumn)]++;
  }
}

function forEachTermCell(values: Float64Array, layout: ColumnLayout, visit: (index: number) => void): void {
  for (let offset = 0; offset < values.length; offset += layout.cols) {
    for (let c = 0; c < layout.termEnd; c++) {
      visit(offset + c);
    }
  }
}

/**
 * Smooth idf, ln((1 + n) / (1 + df)) + 1 (sklearn's default), per term column. Not plain
 * ln(n / df): that is 0 for a template in every session (HDFS E5 and E22), so a block cut off
 * after `E22 E5 E5` — 37% of the dev sample's anomalies — would become an all-zero row.
 */
export function fitIdf(values: Float64Array, layout: ColumnLayout): number[] {
  const rows = values.length / layout.cols;
  const documentFrequency = new Float64Array(layout.termEnd);
  forEachTermCell(values, layout, (i) => {
    if (values[i] !== 0) {
      documentFrequency[i % layout.cols]++;
    }
  });
  return Array.from(documentFrequency, (df) => Math.log((1 + rows) / (1 + df)) + 1);
}

export function applyIdf(values: Float64Array, layout: ColumnLayout, idf: readonly number[]): void {
  forEachTermCell(values, layout, (i) => (values[i] *= idf[i % layout.cols]));
}

/** Scales each row's term part to unit Euclidean length; all-zero parts stay zero. */
export function normaliseTermsL2(values: Float64Array, layout: ColumnLayout): void {
  for (let offset = 0; offset < values.length; offset += layout.cols) {
    let sumSquares = 0;
    for (let c = 0; c < layout.termEnd; c++) {
      sumSquares += values[offset + c] ** 2;
    }
    const norm = Math.sqrt(sumSquares);
    for (let c = 0; norm > 0 && c < layout.termEnd; c++) {
      values[offset + c] /= norm;
    }
  }
}

export interface ColumnScaling {
  mean: number[];
  /** 1 where a column is constant, so it is centred but not blown up. */
  scale: number[];
}

export function fitColumnScaling(values: Float64Array, cols: number, standardise: boolean): ColumnScaling {
  const rows = values.length / cols;
  const mean = new Array<number>(cols).fill(0);
  const sumSquares = new Array<number>(cols).fill(0);
  for (let i = 0; i < values.length; i++) {
    mean[i % cols] += values[i] / rows;
  }
  for (let i = 0; i < values.length; i++) {
    sumSquares[i % cols] += (values[i] - mean[i % cols]) ** 2;
  }
  const scale = sumSquares.map((s) => (standardise && rows > 1 && s > 0 ? Math.sqrt(s / (rows - 1)) : 1));
  return { mean, scale };
}

export function applyColumnScaling(values: Float64Array, cols: number, scaling: ColumnScaling): void {
  for (let i = 0; i < values.length; i++) {
    values[i] = (values[i] - scaling.mean[i % cols]) / scaling.scale[i % cols];
  }
}
