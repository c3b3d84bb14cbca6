import { clusterSignatures } from "../../../src/pipeline/incidents/signature-clustering";
import { cosineDistance, type SparseVector } from "../../../src/pipeline/incidents/sparse-vectors";

/** Unit vector over the given (ascending) template ids with the given raw weights. */
function vector(entries: [number, number][]): SparseVector {
  const norm = Math.hypot(...entries.map(([, weight]) => weight));
  return {
    templateIds: Int32Array.from(entries.map(([id]) => id)),
    weights: Float64Array.from(entries.map(([, weight]) => weight / norm)),
  };
}

describe("cosineDistance", () => {
  it("is 0 for the same direction, 1 for disjoint templates and 1 for an empty vector", () => {
    expect(cosineDistance(vector([[1, 1], [2, 1]]), vector([[1, 3], [2, 3]]))).toBeCloseTo(0, 12);
    expect(cosineDistance(vector([[1, 1]]), vector([[2, 1]]))).toBe(1);
    expect(cosineDistance(vector([]), vector([[2, 1]]))).toBe(1);
    expect(cosineDistance(vector([[1, 1], [2, 1]]), vector([[2, 1], [3, 1]]))).toBeCloseTo(0.5, 12);
  });
});

describe("clusterSignatures", () => {
  const base = { epsilon: 0.2, minPoints: 2, maxClusteringPoints: 1000 };
  // 0 and 1 are close, 2 is close to 1 only through a rare weight, 3 is far from everything.
  const vectors = [
    vector([[1, 1], [2, 1], [3, 1]]),
    vector([[1, 1], [2, 1], [3, 1], [4, 0.3]]),
    vector([[5, 1], [6, 1]]),
    vector([[7, 1]]),
  ];

  it("unions close signatures and leaves far ones alone", () => {
    const unions = clusterSignatures({ ...base, vectors, multiplicities: [1, 1, 1, 1] });
    expect(unions.groups()).toEqual([[0, 1], [2], [3]]);
  });

  it("treats a signature seen minPoints times as a cluster of its own", () => {
    const unions = clusterSignatures({ ...base, minPoints: 3, vectors, multiplicities: [1, 1, 5, 1] });
    expect(unions.groups()).toEqual([[0], [1], [2], [3]]);
  });

  it("assigns signatures DBSCAN did not see to the nearest sampled one within epsilon", () => {
    // Budget for one signature (2 copies): the most common one, index 1, is sampled.
    const unions = clusterSignatures({ ...base, maxClusteringPoints: 2, vectors, multiplicities: [1, 9, 1, 1] });
    expect(unions.groups()).toEqual([[0, 1], [2], [3]]);
  });
});
