/** DBSCAN over template signatures, with a cap on what DBSCAN sees and nearest-neighbour assignment for the rest. */
import { DBSCAN } from "density-clustering";

import { cosineDistance, type SparseVector } from "./sparse-vectors";
import { UnionFind } from "./union-find";

export interface ClusteringInput {
  vectors: readonly SparseVector[];
  /** Sessions per signature. */
  multiplicities: readonly number[];
  epsilon: number;
  minPoints: number;
  maxClusteringPoints: number;
}

/**
 * Unions signatures that DBSCAN puts in one cluster. Noise signatures stay alone (their sessions
 * become an incident of their own): a session pattern unlike every other anomalous one is a
 * distinct problem, and folding it into the nearest group would misattribute its evidence.
 */
export function clusterSignatures(input: ClusteringInput): UnionFind {
  const unions = new UnionFind(input.vectors.length);
  const sampled = chooseClusteringSample(input);
  runDbscan(input, sampled, unions);
  const sampledSet = new Set(sampled);
  const rest = input.vectors.map((_, index) => index).filter((index) => !sampledSet.has(index));
  assignToNearestSampled(input, sampled, rest, unions);
  return unions;
}

/**
 * The most common signatures first (they carry most sessions), each fed to DBSCAN
 * min(multiplicity, minPoints) times so a signature seen minPoints times is a core point by itself.
 */
function chooseClusteringSample(input: ClusteringInput): number[] {
  const byMultiplicity = input.vectors
    .map((_, index) => index)
    .sort((a, b) => input.multiplicities[b] - input.multiplicities[a] || a - b);
  const sampled: number[] = [];
  let points = 0;
  for (const index of byMultiplicity) {
    const copies = Math.min(input.multiplicities[index], input.minPoints);
    if (points + copies > input.maxClusteringPoints) {
      break;
    }
    sampled.push(index);
    points += copies;
  }
  return sampled;
}

function runDbscan(input: ClusteringInput, sampled: readonly number[], unions: UnionFind): void {
  // DBSCAN only ever sees signature indexes; distances come from the sparse vectors.
  const points = sampled.flatMap((index) =>
    Array.from({ length: Math.min(input.multiplicities[index], input.minPoints) }, () => [index]),
  );
  const distance = (p: number[], q: number[]): number =>
    p[0] === q[0] ? 0 : cosineDistance(input.vectors[p[0]], input.vectors[q[0]]);
  const clusters = new DBSCAN().run(points, input.epsilon, input.minPoints, distance);
  for (const cluster of clusters) {
    for (const point of cluster) {
      unions.union(points[cluster[0]][0], points[point][0]);
    }
  }
}

/**
 * Joins each signature DBSCAN did not see to its nearest sampled signature when that one is
 * within epsilon (ties: the more common one), as DBSCAN would have made it a border point.
 * Uses an inverted index: only signatures sharing a template can be closer than 1.
 */
function assignToNearestSampled(
  input: ClusteringInput,
  sampled: readonly number[],
  rest: readonly number[],
  unions: UnionFind,
): void {
  const postings = buildPostings(input.vectors, sampled);
  const dots = new Float64Array(sampled.length);
  for (const index of rest) {
    const touched = accumulateDots(input.vectors[index], postings, dots);
    let best = -1;
    for (const position of touched) {
      const isCloser = best < 0 || dots[position] > dots[best] || (dots[position] === dots[best] && position < best);
      if (isCloser) {
        best = position;
      }
    }
    if (best >= 0 && 1 - dots[best] < input.epsilon) {
      unions.union(sampled[best], index);
    }
    touched.forEach((position) => (dots[position] = 0));
  }
}

interface Posting {
  position: number;
  weight: number;
}

function buildPostings(vectors: readonly SparseVector[], sampled: readonly number[]): Map<number, Posting[]> {
  const postings = new Map<number, Posting[]>();
  sampled.forEach((index, position) => {
    const vector = vectors[index];
    vector.templateIds.forEach((templateId, k) => {
      const list = postings.get(templateId) ?? [];
      list.push({ position, weight: vector.weights[k] });
      postings.set(templateId, list);
    });
  });
  return postings;
}

/** Adds the vector's dot product with every sampled vector sharing a template; returns those touched. */
function accumulateDots(vector: SparseVector, postings: ReadonlyMap<number, Posting[]>, dots: Float64Array): number[] {
  const touched: number[] = [];
  vector.templateIds.forEach((templateId, k) => {
    for (const posting of postings.get(templateId) ?? []) {
      if (dots[posting.position] === 0) {
        touched.push(posting.position);
      }
      dots[posting.position] += vector.weights[k] * posting.weight;
    }
  });
  return touched;
}
