/** Identical feature rows collapsed into one weighted row, so costly fits run on distinct rows only. */
import type { FeatureMatrix } from "../../domain/feature-matrix";

export interface DistinctRows {
  cols: number;
  /** distinct × cols values, row-major, in order of first appearance. */
  values: Float64Array;
  /** How many input rows each distinct row stands for. */
  weights: Float64Array;
  /** For every input row, the index of its distinct row. */
  indexOf: Int32Array;
  count: number;
}

/**
 * HDFS block sessions repeat a handful of count vectors: the 100k-block dev sample has ~400
 * distinct rows, all 575,061 blocks ~1,200. Exact duplicates are found by a numeric hash of
 * each row's bits, then compared value by value, so no row is ever turned into a string.
 */
export function distinctRows(matrix: FeatureMatrix): DistinctRows {
  const { rows, cols, values } = matrix;
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const buckets = new Map<number, number[]>();
  const indexOf = new Int32Array(rows);
  const firstRow: number[] = [];
  for (let r = 0; r < rows; r++) {
    const hash = hashRow(bits, r * cols * 2, cols * 2);
    const bucket = buckets.get(hash);
    const found = bucket?.find((d) => sameRow(values, firstRow[d] * cols, r * cols, cols));
    if (found !== undefined) {
      indexOf[r] = found;
      continue;
    }
    indexOf[r] = firstRow.length;
    if (bucket) {
      bucket.push(firstRow.length);
    } else {
      buckets.set(hash, [firstRow.length]);
    }
    firstRow.push(r);
  }
  const distinct = new Float64Array(firstRow.length * cols);
  firstRow.forEach((r, d) => distinct.set(values.subarray(r * cols, (r + 1) * cols), d * cols));
  const weights = new Float64Array(firstRow.length);
  indexOf.forEach((d) => weights[d]++);
  return { cols, values: distinct, weights, indexOf, count: firstRow.length };
}

/** Scores every input row from the scores of its distinct row. */
export function expandScores(distinct: DistinctRows, distinctScores: Float64Array): Float64Array {
  return Float64Array.from(distinct.indexOf, (d) => distinctScores[d]);
}

/** FNV-1a over the row's 32-bit words (−0 and 0 hash differently; they also compare equal, which is fine). */
function hashRow(bits: Uint32Array, start: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + length; i++) {
    hash = Math.imul(hash ^ bits[i], 0x01000193);
  }
  return hash >>> 0;
}

function sameRow(values: Float64Array, a: number, b: number, cols: number): boolean {
  for (let c = 0; c < cols; c++) {
    if (values[a + c] !== values[b + c]) {
      return false;
    }
  }
  return true;
}
