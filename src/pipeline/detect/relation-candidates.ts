/** Integer relations θ worth testing on one combination of count columns. */
import { EigenvalueDecomposition, Matrix } from "ml-matrix";
import type { DistinctRows } from "./distinct-rows";

/** Loglizer's scales when turning a null vector into integers (invariants_miner.py). */
const INTEGER_SCALES = [1, 2, 3];
const MAX_COEFFICIENT = 10;

/**
 * Two sources. (1) The least-squares null direction (smallest eigenvector of the weighted Gram
 * matrix, as loglizer's SVD), which anomalies can pull off: with a 2% side workflow and 3%
 * anomalies, A = B + C came out as −1.03·A + B + 5.67·C. (2) The exact null vector of every
 * k − 1 of the k + 2 heaviest distinct row patterns (a RANSAC-style hypothesis), which recovers
 * A = B + C from the patterns (3, 3, 0) and (4, 3, 1) alone. Each is scaled so its smallest
 * entry is 1, 2 or 3 and rounded; duplicates are dropped.
 */
export function relationCandidates(distinct: DistinctRows, heaviestFirst: Int32Array, subGram: Matrix, columns: readonly number[]): number[][] {
  const directions: (number[] | undefined)[] = [leastSquaresDirection(subGram)];
  const patterns = heaviestPatterns(distinct, heaviestFirst, columns, columns.length + 2);
  forEachSubset(patterns.length, columns.length - 1, (picked) => directions.push(nullVector(picked.map((i) => patterns[i]))));
  const seen = new Set<string>();
  const candidates: number[][] = [];
  for (const direction of directions) {
    for (const coefficients of integerForms(direction)) {
      const key = coefficients.join(",");
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(coefficients);
      }
    }
  }
  return candidates;
}

function leastSquaresDirection(subGram: Matrix): number[] {
  const decomposition = new EigenvalueDecomposition(subGram, { assumeSymmetric: true });
  const eigenvalues = decomposition.realEigenvalues;
  return decomposition.eigenvectorMatrix.getColumn(eigenvalues.indexOf(Math.min(...eigenvalues)));
}

/** Integer multiples of `direction` with every entry non-zero and at most 10 in size; sign fixed so the first is positive. */
function integerForms(direction: number[] | undefined): number[][] {
  if (!direction) {
    return [];
  }
  const magnitudes = direction.map(Math.abs);
  const smallest = Math.min(...magnitudes);
  if (smallest < 1e-3 * Math.max(...magnitudes)) {
    return [];
  }
  const sign = direction[0] < 0 ? -1 : 1;
  return INTEGER_SCALES.map((scale) => direction.map((v) => Math.round(((sign * v) / smallest) * scale))).filter((c) =>
    c.every((v) => v !== 0 && Math.abs(v) <= MAX_COEFFICIENT),
  );
}

/** The first `count` different projections onto `columns`, walking distinct rows heaviest first. */
function heaviestPatterns(distinct: DistinctRows, heaviestFirst: Int32Array, columns: readonly number[], count: number): number[][] {
  const patterns: number[][] = [];
  for (let i = 0; i < heaviestFirst.length && patterns.length < count; i++) {
    const offset = heaviestFirst[i] * distinct.cols;
    const pattern = columns.map((c) => distinct.values[offset + c]);
    if (!patterns.some((p) => p.every((v, j) => v === pattern[j]))) {
      patterns.push(pattern);
    }
  }
  return patterns;
}

/** The null vector of k − 1 rows in k columns by Gauss–Jordan elimination; undefined unless rank is k − 1. */
export function nullVector(rows: number[][]): number[] | undefined {
  const k = rows.length + 1;
  const m = rows.map((r) => [...r]);
  const pivots: number[] = [];
  for (let col = 0, row = 0; col < k && row < m.length; col++) {
    const best = m.slice(row).reduce((b, r, i) => (Math.abs(r[col]) > Math.abs(m[b][col]) ? row + i : b), row);
    if (Math.abs(m[best][col]) < 1e-9) {
      continue;
    }
    [m[row], m[best]] = [m[best], m[row]];
    const pivot = m[row][col];
    m[row] = m[row].map((v) => v / pivot);
    m.forEach((r, i) => {
      const factor = r[col];
      if (i !== row && factor !== 0) {
        m[i] = r.map((v, j) => v - factor * m[row][j]);
      }
    });
    pivots.push(col);
    row++;
  }
  if (pivots.length !== k - 1) {
    return undefined;
  }
  const free = Array.from({ length: k }, (_, c) => c).find((c) => !pivots.includes(c))!;
  const vector = new Array<number>(k).fill(0);
  vector[free] = 1;
  pivots.forEach((col, i) => (vector[col] = -m[i][free]));
  return vector;
}

/** Calls `visit` with every ascending k-subset of 0..n−1 (lexicographic order). */
export function forEachSubset(n: number, k: number, visit: (picked: readonly number[]) => void): void {
  if (k > n) {
    return;
  }
  const picked = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    visit(picked);
    let i = k - 1;
    while (i >= 0 && picked[i] === n - k + i) {
      i--;
    }
    if (i < 0) {
      return;
    }
    picked[i]++;
    for (let j = i + 1; j < k; j++) {
      picked[j] = picked[j - 1] + 1;
    }
  }
}
