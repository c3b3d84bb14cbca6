import { findBlockId, hasBlockId } from "../../../src/pipeline/features";

function allIds(text: string): string[] {
  const span = new Int32Array(2);
  const found: string[] = [];
  for (let from = 0; findBlockId(text, from, span); from = span[1]) {
    found.push(text.slice(span[0], span[1]));
  }
  return found;
}

describe("findBlockId", () => {
  it("finds every blk_-?digits id in order, like loglizer's regex", () => {
    const line = "Deleting block blk_-1608999687919862906 file /mnt/current/subdir1/blk_-1608999687919862906";
    expect(allIds(line)).toEqual(["blk_-1608999687919862906", "blk_-1608999687919862906"]);
    expect(allIds("ask 10.0.0.1:50010 to replicate blk_12 to datanode(s) 10.0.0.2 and blk_7_1001")).toEqual(["blk_12", "blk_7"]);
  });

  it("skips blk_ not followed by digits", () => {
    expect(allIds("blk_ blk_- blk_x blk_-5")).toEqual(["blk_-5"]);
    expect(hasBlockId("no block here")).toBe(false);
    expect(hasBlockId("blk_abc")).toBe(false);
  });
});
