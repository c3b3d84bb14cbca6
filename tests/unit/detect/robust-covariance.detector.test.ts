import { Random } from "ml-random";
import { loadDetector, RobustCovarianceDetector } from "../../../src/pipeline/detect";
import { gaussian, inputOf, topK } from "./fixtures";

describe("RobustCovarianceDetector", () => {
  it("with h = n is the plain mean and covariance: a hand-computed Mahalanobis distance", () => {
    // Mean 0, covariance diag(0.5, 0.5) (÷ n), ridge 1e-3 · 0.5: d²((2, 0)) = 4 / 0.5005.
    const detector = new RobustCovarianceDetector({ supportFraction: 1, starts: 1 });
    detector.fit(inputOf([[1, 0], [-1, 0], [0, 1], [0, -1]]));
    const [far, centre] = Array.from(detector.score(inputOf([[2, 0], [0, 0]])));
    expect(far).toBeCloseTo(4 / 0.5005, 9);
    expect(centre).toBe(0);
  });

  it("is not dragged by a 10% cluster of outliers, unlike the classical estimate", () => {
    const random = new Random(6);
    const bulk = Array.from({ length: 270 }, () => [gaussian(random), 0.3 * gaussian(random)]);
    const cluster = Array.from({ length: 30 }, () => [6 + 0.1 * gaussian(random), 6 + 0.1 * gaussian(random)]);
    const data = inputOf([...bulk, ...cluster]);
    const robust = new RobustCovarianceDetector({ supportFraction: 0.75 });
    robust.fit(data);
    const top = topK(robust.score(data), 30);
    expect(top.every((i) => i >= 270)).toBe(true);
  });

  it("blames the column that is off: the terms sum to the squared distance", () => {
    const detector = new RobustCovarianceDetector({ supportFraction: 1, starts: 1 });
    detector.fit(inputOf([[1, 0], [-1, 0], [0, 1], [0, -1]]));
    const terms = Array.from(detector.explain(inputOf([[0, 3]]), 0));
    expect(terms[0]).toBe(0);
    expect(terms[1]).toBeCloseTo(detector.score(inputOf([[0, 3]]))[0], 9);
  });

  it("round-trips through JSON and depends only on the seed", () => {
    const random = new Random(2);
    const data = inputOf(Array.from({ length: 100 }, () => [gaussian(random), gaussian(random), gaussian(random)]));
    const fit = (seed: number) => {
      const detector = new RobustCovarianceDetector({ seed, supportFraction: 0.6 });
      detector.fit(data);
      return detector;
    };
    expect(fit(3).score(data)).toEqual(fit(3).score(data));
    const restored = loadDetector(JSON.parse(JSON.stringify(fit(3).toJSON())));
    Array.from(restored.score(data)).forEach((s, i) => expect(s).toBeCloseTo(fit(3).score(data)[i], 9));
  });
});
