/**
 * FAST-MCD (Rousseeuw & Van Driessen, Technometrics 1999) on weighted distinct rows: the mean and
 * covariance of the h rows whose covariance has the smallest determinant, found by C-steps.
 */
import { CholeskyDecomposition, Matrix } from "ml-matrix";
import type { Random } from "ml-random";
import type { WeightedPoints } from "./weighted-neighbours";

export interface Location {
  mean: Float64Array;
  /** cols × cols, regularised so it is positive definite. */
  covariance: Matrix;
  logDeterminant: number;
}

export interface McdSettings {
  supportFraction: number;
  starts: number;
  ridge: number;
  random: Random;
}

const MAX_C_STEPS = 30;

/**
 * Best of `starts` random starts of p + 1 rows each, each improved by C-steps until the
 * determinant stops falling (each C-step never raises it: the paper's Theorem 1).
 */
export function minimumCovariance(points: WeightedPoints, settings: McdSettings): Location {
  const total = points.weights.reduce((a, b) => a + b, 0);
  const h = Math.ceil(settings.supportFraction * total);
  let best: Location | undefined;
  for (let start = 0; start < settings.starts; start++) {
    let location = weightedLocation(points, initialWeights(points, settings.random), settings.ridge);
    for (let step = 0; step < MAX_C_STEPS; step++) {
      const next = weightedLocation(points, nearestWeights(points, location, h), settings.ridge);
      const improved = next.logDeterminant < location.logDeterminant - 1e-12;
      location = next;
      if (!improved) {
        break;
      }
    }
    if (!best || location.logDeterminant < best.logDeterminant) {
      best = location;
    }
  }
  return best!;
}

/** (x − μ)ᵀ Σ⁻¹ (x − μ) of every point, from the Cholesky factor of Σ. */
export function squaredMahalanobis(points: WeightedPoints, location: Location): Float64Array {
  const lower = new CholeskyDecomposition(location.covariance).lowerTriangularMatrix;
  const cols = points.cols;
  const centred = new Float64Array(cols);
  const out = new Float64Array(points.count);
  for (let p = 0; p < points.count; p++) {
    for (let c = 0; c < cols; c++) {
      centred[c] = points.values[p * cols + c] - location.mean[c];
    }
    // Forward substitution L z = x − μ; the distance is ‖z‖².
    let sum = 0;
    for (let i = 0; i < cols; i++) {
      let z = centred[i];
      for (let j = 0; j < i; j++) {
        z -= lower.get(i, j) * centred[j];
      }
      centred[i] = z / lower.get(i, i);
      sum += centred[i] * centred[i];
    }
    out[p] = sum;
  }
  return out;
}

/** p + 1 distinct rows drawn with probability ∝ weight (as drawing p + 1 sessions would). */
function initialWeights(points: WeightedPoints, random: Random): Float64Array {
  const chosen = new Float64Array(points.count);
  const remaining = Float64Array.from(points.weights);
  for (let i = 0; i < Math.min(points.cols + 1, points.count); i++) {
    let target = random.random() * remaining.reduce((a, b) => a + b, 0);
    let p = 0;
    while (p < points.count - 1 && (target >= remaining[p] || remaining[p] === 0)) {
      target -= remaining[p++];
    }
    chosen[p] = 1;
    remaining[p] = 0;
  }
  return chosen;
}

/** Weights of the h nearest copies: whole rows by distance, the last one cut to reach exactly h. */
function nearestWeights(points: WeightedPoints, location: Location, h: number): Float64Array {
  const distances = squaredMahalanobis(points, location);
  const order = Array.from(distances.keys()).sort((a, b) => distances[a] - distances[b] || a - b);
  const weights = new Float64Array(points.count);
  let taken = 0;
  for (const p of order) {
    weights[p] = Math.min(points.weights[p], h - taken);
    taken += weights[p];
    if (taken >= h) {
      break;
    }
  }
  return weights;
}

/**
 * Weighted mean and covariance plus a ridge of `ridge` · (mean variance, or 1 when it is 0):
 * count columns that never vary among the h rows (rare templates) would otherwise make Σ
 * singular; with the ridge a row that has such a template lands far away, as it should.
 */
function weightedLocation(points: WeightedPoints, weights: Float64Array, ridge: number): Location {
  const cols = points.cols;
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = new Float64Array(cols);
  weights.forEach((w, p) => {
    for (let c = 0; w > 0 && c < cols; c++) {
      mean[c] += (w * points.values[p * cols + c]) / total;
    }
  });
  const upper = new Float64Array(cols * cols);
  weights.forEach((w, p) => {
    for (let a = 0; w > 0 && a < cols; a++) {
      const da = points.values[p * cols + a] - mean[a];
      for (let b = a; da !== 0 && b < cols; b++) {
        upper[a * cols + b] += (w * da * (points.values[p * cols + b] - mean[b])) / total;
      }
    }
  });
  // Filled from one triangle so Σ is exactly symmetric, which the Cholesky factorisation checks.
  const covariance = Matrix.from1DArray(cols, cols, Array.from(upper, (_, i) => upper[Math.min(i % cols, Math.floor(i / cols)) * cols + Math.max(i % cols, Math.floor(i / cols))]));
  const trace = Array.from({ length: cols }, (_, c) => covariance.get(c, c)).reduce((a, b) => a + b, 0);
  const lambda = ridge * (trace > 0 ? trace / cols : 1);
  for (let c = 0; c < cols; c++) {
    covariance.set(c, c, covariance.get(c, c) + lambda);
  }
  const lower = new CholeskyDecomposition(covariance).lowerTriangularMatrix;
  const logDeterminant = 2 * Array.from({ length: cols }, (_, c) => Math.log(lower.get(c, c))).reduce((a, b) => a + b, 0);
  return { mean, covariance, logDeterminant };
}
