import { IsolationForest } from "ml-isolation-forest";
import { Random } from "ml-random";
import { createDetector, IsolationForestDetector, loadDetector } from "../../../src/pipeline/detect";
import { flattenTrees, scoreFlatForest } from "../../../src/pipeline/detect/isolation-forest-arrays";
import { withSeededMathRandom } from "../../../src/pipeline/detect/seeded-math-random";
import { blobWithOutliers, inputOf, matrixOf, topK } from "./fixtures";

describe("IsolationForestDetector", () => {
  const data = inputOf(blobWithOutliers());

  it("isolates far points first", () => {
    const forest = new IsolationForestDetector({ trees: 100, sampleSize: 128, seed: 3 });
    forest.fit(data);
    expect(topK(forest.score(data), 3).sort()).toEqual([300, 301, 302]);
  });

  it("gives the same scores for the same seed and different ones for another", () => {
    const fitScore = (seed: number) => {
      const forest = createDetector("isolation-forest", { trees: 20, sampleSize: 64, seed });
      forest.fit(data);
      return forest.score(data);
    };
    expect(fitScore(11)).toEqual(fitScore(11));
    expect(fitScore(11)).not.toEqual(fitScore(12));
  });

  it("restores Math.random after fitting", () => {
    const original = Math.random;
    new IsolationForestDetector({ trees: 2 }).fit(data);
    expect(Math.random).toBe(original);
  });

  it("round-trips through JSON with identical scores", () => {
    const forest = new IsolationForestDetector({ trees: 30, sampleSize: 64, seed: 5 });
    forest.fit(data);
    const restored = loadDetector(JSON.parse(JSON.stringify(forest.toJSON())));
    expect(restored.kind).toBe("isolation-forest");
    expect(restored.score(data)).toEqual(forest.score(data));
  });

  it("uses all rows when there are fewer than sampleSize", () => {
    const small = inputOf([[0], [0.1], [0.2], [5]]);
    const forest = new IsolationForestDetector({ trees: 50, sampleSize: 256 });
    forest.fit(small);
    expect(forest.toJSON().sampleSize).toBe(4);
    expect(topK(forest.score(small), 1)).toEqual([3]);
  });
});

describe("flattened trees", () => {
  it("score exactly as ml-isolation-forest's own predict()", () => {
    const rows = blobWithOutliers(9).slice(250);
    const forest = new IsolationForest({ nEstimators: 10 });
    withSeededMathRandom(new Random(4), () => forest.train(rows));
    const flat = flattenTrees(forest.forest);
    expect(Array.from(scoreFlatForest(flat, rows.length, matrixOf(rows)))).toEqual(forest.predict(rows));
  });
});
