import { distinctRows, expandScores } from "../../../src/pipeline/detect/distinct-rows";
import { forEachSubset, nullVector } from "../../../src/pipeline/detect/relation-candidates";
import { matrixOf } from "./fixtures";

describe("distinctRows", () => {
  it("collapses identical rows into weighted ones, in order of first appearance", () => {
    const distinct = distinctRows(matrixOf([[1, 2], [3, 4], [1, 2], [1, 2], [3, 5]]));
    expect(distinct.count).toBe(3);
    expect(Array.from(distinct.values)).toEqual([1, 2, 3, 4, 3, 5]);
    expect(Array.from(distinct.weights)).toEqual([3, 1, 1]);
    expect(Array.from(distinct.indexOf)).toEqual([0, 1, 0, 0, 2]);
    expect(Array.from(expandScores(distinct, Float64Array.of(10, 20, 30)))).toEqual([10, 20, 10, 10, 30]);
  });
});

describe("relation candidates", () => {
  it("finds the null vector of k − 1 independent rows, and none when they are dependent", () => {
    expect(nullVector([[3, 3, 0], [4, 3, 1]])).toEqual([-1, 1, 1]);
    expect(nullVector([[1, 2, 3], [2, 4, 6]])).toBeUndefined();
  });

  it("visits every k-subset once, in lexicographic order", () => {
    const seen: number[][] = [];
    forEachSubset(4, 2, (picked) => seen.push([...picked]));
    expect(seen).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
  });
});
