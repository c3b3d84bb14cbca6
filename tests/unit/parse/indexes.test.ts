import { PrefixTree } from "../../../src/pipeline/parse/prefix-tree";
import { SiblingIndex } from "../../../src/pipeline/parse/sibling-index";

describe("PrefixTree", () => {
  it("routes by word count and the first words, parameters down the <*> branch", () => {
    const tree = new PrefixTree(2, 100);
    expect(tree.add(1, ["Received", "block", "<*>"])).toEqual(["Received", "block"]);
    expect(tree.add(2, ["<*>", "Served", "block"])).toEqual(["<*>", "Served"]);
    expect(tree.candidates(["Received", "block", "x"])).toEqual([1]);
    expect(tree.candidates(["Received", "block"])).toEqual([]);
    expect(tree.candidates(["anything", "Served", "block"])).toEqual([2]);
  });

  it("sends further words down the <*> branch once a node is full", () => {
    const tree = new PrefixTree(1, 3);
    expect([tree.add(1, ["a"]), tree.add(2, ["b"]), tree.add(3, ["c"]), tree.add(4, ["d"])]).toEqual([["a"], ["b"], ["<*>"], ["<*>"]]);
    expect(tree.candidates(["c"])).toEqual([3, 4]);
  });

  it("follows every branch for a parameter when asked, and forgets removed clusters", () => {
    const tree = new PrefixTree(1, 100);
    tree.add(1, ["a", "x"]);
    tree.add(2, ["b", "x"]);
    expect(tree.candidates(["<*>", "x"])).toEqual([]);
    expect(tree.candidates(["<*>", "x"], true)).toEqual([1, 2]);
    tree.remove(1, 2, ["a"]);
    expect(tree.candidates(["<*>", "x"], true)).toEqual([2]);
  });
});

describe("SiblingIndex", () => {
  it("finds templates equal to a line but at one position", () => {
    const index = new SiblingIndex();
    index.put(1, ["user", "alice", "logged", "in"]);
    index.put(2, ["user", "bob", "logged", "in"]);
    index.put(3, ["user", "bob", "logged", "out"]);
    const found = index.candidates(["user", "carol", "logged", "in"]);
    expect(found.get(1)).toEqual([1, 2]);
    expect(found.get(3)).toBeUndefined();
  });

  it("refiles a changed template and drops a removed one", () => {
    const index = new SiblingIndex();
    index.put(1, ["a", "b", "c"]);
    index.put(1, ["a", "x", "c"]);
    index.put(2, ["a", "y", "c"]);
    expect(index.candidates(["a", "z", "c"]).get(1)).toEqual([1, 2]);
    index.remove(1);
    expect(index.candidates(["a", "z", "c"]).get(1)).toEqual([2]);
    expect(index.candidates(["a", "b", "d"]).size).toBe(0);
  });
});
