import { Random } from "ml-random";
import type { FeatureMatrix } from "../../../src/domain/feature-matrix";
import type { DetectorInput } from "../../../src/pipeline/detect";

/** A matrix from plain rows, named r0, r1, … and c0, c1, …. */
export function matrixOf(rows: number[][]): FeatureMatrix {
  const cols = rows[0]?.length ?? 0;
  return {
    rows: rows.length,
    cols,
    values: Float64Array.from(rows.flat()),
    rowKeys: rows.map((_, i) => `r${i}`),
    columnNames: Array.from({ length: cols }, (_, c) => `c${c}`),
  };
}

/** `matrixOf(rows)` as detector input, without sessions. */
export function inputOf(rows: number[][]): DetectorInput {
  return { matrix: matrixOf(rows) };
}

/** Standard normal draws (Box–Muller) from a seeded generator. */
export function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.random())) * Math.cos(2 * Math.PI * random.random());
}

/** Indices of the k largest values, largest first. */
export function topK(scores: ArrayLike<number>, k: number): number[] {
  return Array.from(scores, (s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, k)
    .map(([, i]) => i);
}

/** 200 points near the line (t, 2t, −t) plus two points far off it (rows 200, 201). */
export function lineWithOutliers(seed = 1): number[][] {
  const random = new Random(seed);
  const rows = Array.from({ length: 200 }, () => {
    const t = 10 * random.random();
    return [t + 0.01 * gaussian(random), 2 * t + 0.01 * gaussian(random), -t + 0.01 * gaussian(random)];
  });
  return [...rows, [1, -2, 5], [8, 8, 8]];
}

/** 300 points in a unit blob around the origin plus three far away (rows 300–302). */
export function blobWithOutliers(seed = 2): number[][] {
  const random = new Random(seed);
  const rows = Array.from({ length: 300 }, () => [gaussian(random), gaussian(random)]);
  return [...rows, [9, 9], [-8, 7], [10, -10]];
}
