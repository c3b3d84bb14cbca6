import { createDetector, loadDetector, PcaDetector } from "../../../src/pipeline/detect";
import { inputOf, lineWithOutliers, topK } from "./fixtures";

describe("PcaDetector", () => {
  const data = inputOf(lineWithOutliers());

  it("scores points off the normal subspace highest (squared prediction error)", () => {
    const pca = new PcaDetector({ varianceFraction: 0.95 });
    pca.fit(data);
    const scores = pca.score(data);
    expect(topK(scores, 2).sort()).toEqual([200, 201]);
    expect(pca.toJSON().components).toHaveLength(1);
    expect(Math.max(...scores.subarray(0, 200))).toBeLessThan(Math.min(scores[200], scores[201]) / 100);
  });

  it("computes SPE exactly on a hand-checkable case", () => {
    const pca = new PcaDetector({ components: 1 });
    pca.fit(inputOf([[-1, 0], [1, 0], [-2, 0], [2, 0]])); // variance only along x
    expect(Array.from(pca.score(inputOf([[3, 0], [0, 2], [1, -3]])))).toEqual([0, 4, 9]);
    expect(Array.from(pca.explain(inputOf([[1, -3]]), 0))).toEqual([0, 9]);
  });

  it("round-trips through JSON with identical scores", () => {
    const pca = createDetector("pca", { varianceFraction: 0.95 });
    pca.fit(data);
    const restored = loadDetector(JSON.parse(JSON.stringify(pca.toJSON())));
    expect(restored.kind).toBe("pca");
    expect(restored.score(data)).toEqual(pca.score(data));
    expect(restored.toJSON()).toEqual(pca.toJSON());
  });

  it("refuses to score before fitting or with other columns", () => {
    const pca = new PcaDetector();
    expect(() => pca.score(data)).toThrow(/fit\(\)/);
    pca.fit(data);
    expect(() => pca.score(inputOf([[1, 2]]))).toThrow(RangeError);
  });

  it("treats all-equal rows as having no variance: every score is 0", () => {
    const same = inputOf([[1, 2], [1, 2], [1, 2]]);
    const pca = new PcaDetector();
    pca.fit(same);
    expect(Array.from(pca.score(same))).toEqual([0, 0, 0]);
  });
});
