/** Column means and covariance of a feature matrix in one pass over its non-zero cells. */
import type { FeatureMatrix } from "../../domain/feature-matrix";

export interface Moments {
  mean: Float64Array;
  /** cols × cols sample covariance, as rows for ml-matrix/ml-pca. */
  covariance: number[][];
}

/**
 * Accumulates Σx and Σxxᵀ over non-zero cells only, then cov = (Σxxᵀ − n·μμᵀ)/(n − 1). Count
 * rows are sparse (an HDFS block touches ~8 of 30 templates), so this is ~14× fewer products
 * than a dense centred pass, and the (cols × cols) accumulator is all the memory it needs;
 * a 575k-row ml-matrix copy would be another 140 MB.
 */
export function columnMoments(matrix: FeatureMatrix): Moments {
  const { rows, cols, values } = matrix;
  const sum = new Float64Array(cols);
  const products = new Float64Array(cols * cols);
  const nonZero = new Int32Array(cols);
  for (let offset = 0; offset < values.length; offset += cols) {
    let count = 0;
    for (let c = 0; c < cols; c++) {
      if (values[offset + c] !== 0) {
        nonZero[count++] = c;
      }
    }
    accumulateRow(values, offset, nonZero, count, sum, products, cols);
  }
  const mean = sum.map((s) => s / rows);
  const denominator = Math.max(rows - 1, 1);
  const covariance = Array.from({ length: cols }, (_, a) =>
    Array.from({ length: cols }, (_, b) => {
      const [i, j] = a <= b ? [a, b] : [b, a];
      return (products[i * cols + j] - rows * mean[i] * mean[j]) / denominator;
    }),
  );
  return { mean, covariance };
}

function accumulateRow(values: Float64Array, offset: number, nonZero: Int32Array, count: number, sum: Float64Array, products: Float64Array, cols: number): void {
  for (let p = 0; p < count; p++) {
    const a = nonZero[p];
    const xa = values[offset + a];
    sum[a] += xa;
    for (let q = p; q < count; q++) {
      const b = nonZero[q];
      products[a * cols + b] += xa * values[offset + b];
    }
  }
}
