import { Random } from "ml-random";
import { selectThreshold, type ThresholdRule } from "../../../src/pipeline/detect";
import { gaussian } from "./fixtures";

const flagged = (scores: Float64Array, rule?: ThresholdRule) => {
  const threshold = selectThreshold(scores, rule);
  return Array.from(scores.keys()).filter((i) => scores[i] > threshold);
};

/** 995 scores spread evenly over 1e-3 · e^[−1, 1] and five extremes at 1..5 (indices 995–999). */
function bulkWithExtremes(): Float64Array {
  const bulk = Array.from({ length: 995 }, (_, i) => 1e-3 * Math.exp(-1 + (2 * i) / 994));
  return Float64Array.from([...bulk, 1, 2, 3, 4, 5]);
}

const EXTREMES = [995, 996, 997, 998, 999];

describe("selectThreshold", () => {
  it("robust-z (the default) flags exactly the extremes above the bulk", () => {
    expect(flagged(bulkWithExtremes())).toEqual(EXTREMES);
  });

  it("largest-gap flags exactly the extremes", () => {
    expect(flagged(bulkWithExtremes(), { kind: "largest-gap", minQuantile: 0.9 })).toEqual(EXTREMES);
  });

  it("flags nothing when all scores are equal", () => {
    const same = new Float64Array(50).fill(0.25);
    expect(flagged(same)).toEqual([]);
    expect(flagged(same, { kind: "largest-gap", minQuantile: 0.5 })).toEqual([]);
    expect(flagged(new Float64Array(10))).toEqual([]);
  });

  it("falls back to the mean absolute deviation when most scores tie (MAD = 0)", () => {
    const random = new Random(3);
    const tied = Array.from({ length: 700 }, () => 1e-5);
    const spread = Array.from({ length: 290 }, () => 1e-5 * Math.exp(random.random()));
    const scores = Float64Array.from([...tied, ...spread, ...Array.from({ length: 10 }, () => 10)]);
    expect(flagged(scores)).toEqual(Array.from({ length: 10 }, (_, i) => 990 + i));
  });

  it("uses signed scores as they are", () => {
    const random = new Random(5);
    const scores = Float64Array.from([...Array.from({ length: 500 }, () => gaussian(random)), -40, 40]);
    expect(flagged(scores)).toEqual([501]);
  });

  it("auto uses the detector's own cut-off when it has one, whatever the anomaly share", () => {
    const violations = Float64Array.from({ length: 100 }, (_, i) => (i < 40 ? i % 3 : 0));
    expect(selectThreshold(violations, { kind: "auto", z: 3.5 }, 0.5)).toBe(0.5);
    expect(selectThreshold(bulkWithExtremes(), { kind: "auto", z: 3.5 })).toBe(selectThreshold(bulkWithExtremes(), { kind: "robust-z", z: 3.5 }));
  });

  it("returns a fixed threshold as given, and +Infinity for no scores", () => {
    expect(selectThreshold(Float64Array.of(1, 2), { kind: "fixed", value: 1.5 })).toBe(1.5);
    expect(selectThreshold(new Float64Array(0))).toBe(Number.POSITIVE_INFINITY);
  });
});
