/** k-nearest neighbourhoods among weighted points (a distinct row stands for `weight` identical rows). */

export interface WeightedPoints {
  cols: number;
  /** count × cols, row-major. */
  values: Float64Array;
  weights: Float64Array;
  count: number;
}

export interface Neighbourhood {
  /** Reference points within the k-distance, nearest first. */
  indices: number[];
  distances: number[];
  /** Copies each neighbour stands for (a point's own copies count when it is its own neighbour). */
  weights: number[];
  /** Distance to the k-th nearest copy. */
  kDistance: number;
}

/**
 * The neighbourhood of `query` among `points`: every point no farther than the k-th nearest copy
 * (ties included, as in Breunig et al. 2000). `self`, when the query is reference point `self`,
 * leaves out one copy of it: a point is not its own neighbour, its duplicates are.
 */
export function neighbourhood(points: WeightedPoints, query: Float64Array, queryOffset: number, k: number, self = -1): Neighbourhood {
  const distances = new Float64Array(points.count);
  for (let p = 0; p < points.count; p++) {
    distances[p] = euclidean(points.values, p * points.cols, query, queryOffset, points.cols);
  }
  const order = Array.from(distances.keys()).sort((a, b) => distances[a] - distances[b] || a - b);
  const result: Neighbourhood = { indices: [], distances: [], weights: [], kDistance: 0 };
  let covered = 0;
  for (const p of order) {
    const copies = p === self ? points.weights[p] - 1 : points.weights[p];
    if (copies <= 0) {
      continue;
    }
    if (covered >= k && distances[p] > result.kDistance) {
      break;
    }
    result.indices.push(p);
    result.distances.push(distances[p]);
    result.weights.push(copies);
    covered += copies;
    result.kDistance = distances[p];
  }
  return result;
}

function euclidean(a: Float64Array, aOffset: number, b: Float64Array, bOffset: number, cols: number): number {
  let sum = 0;
  for (let c = 0; c < cols; c++) {
    const d = a[aOffset + c] - b[bOffset + c];
    sum += d * d;
  }
  return Math.sqrt(sum);
}
