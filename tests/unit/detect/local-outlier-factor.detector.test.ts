import { LocalOutlierFactorDetector, loadDetector } from "../../../src/pipeline/detect";
import { blobWithOutliers, inputOf, topK } from "./fixtures";

describe("LocalOutlierFactorDetector", () => {
  it("matches a hand-computed LOF on four points on a line (k = 1)", () => {
    // k-distances 1, 1, 2, 7; lrd = 1/reach: 1, 1, 1/2, 1/7; LOF = lrd(neighbour)/lrd(self).
    const data = inputOf([[0], [1], [3], [10]]);
    const lof = new LocalOutlierFactorDetector({ neighbours: 1, minNeighbourShare: 0 });
    lof.fit(data);
    const scores = Array.from(lof.score(data));
    [1, 1, 2, 3.5].forEach((expected, i) => expect(scores[i]).toBeCloseTo(expected, 6));
  });

  it("counts duplicates as neighbours: a point with enough copies has LOF 1", () => {
    const data = inputOf([[0], [0], [0], [0], [5]]);
    const lof = new LocalOutlierFactorDetector({ neighbours: 2, minNeighbourShare: 0 });
    lof.fit(data);
    const scores = lof.score(data);
    expect(Array.from(scores.subarray(0, 4))).toEqual([1, 1, 1, 1]);
    expect(scores[4]).toBeGreaterThan(1e6);
  });

  it("ranks far points first and scores new points against the reference set", () => {
    const data = inputOf(blobWithOutliers());
    const lof = new LocalOutlierFactorDetector();
    lof.fit(data);
    expect(topK(lof.score(data), 3).sort()).toEqual([300, 301, 302]);
    const fresh = lof.score(inputOf([[0, 0], [30, 30]]));
    expect(fresh[1]).toBeGreaterThan(fresh[0]);
  });

  it("round-trips through JSON with identical scores", () => {
    const data = inputOf(blobWithOutliers(4));
    const lof = new LocalOutlierFactorDetector({ maxReferencePoints: 100, seed: 3 });
    lof.fit(data);
    const restored = loadDetector(JSON.parse(JSON.stringify(lof.toJSON())));
    expect(restored.score(data)).toEqual(lof.score(data));
    expect(() => loadDetector({ ...lof.toJSON(), weights: [] })).toThrow(/invalid detector model/);
  });
});
