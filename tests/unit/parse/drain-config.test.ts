import { DEFAULT_DRAIN_CONFIG, Drain, parseDrainConfig } from "../../../src/pipeline/parse";

describe("parseDrainConfig", () => {
  it("accepts the defaults", () => {
    expect(parseDrainConfig({ ...DEFAULT_DRAIN_CONFIG })).toEqual(DEFAULT_DRAIN_CONFIG);
  });

  it.each([
    ["a depth below 3", { depth: 2 }, /depth/],
    ["a fractional depth", { depth: 4.5 }, /depth/],
    ["a threshold of 0", { similarityThreshold: 0 }, /similarityThreshold/],
    ["a threshold above 1", { similarityThreshold: 1.5 }, /similarityThreshold/],
    ["a single child per node", { maxChildren: 1 }, /maxChildren/],
    ["parameterizing on one value", { minValuesToParameterize: 1 }, /minValuesToParameterize/],
    ["a negative fast path", { maxFastPathEntries: -1 }, /maxFastPathEntries/],
    ["a string where a number goes", { depth: "4" }, /depth/],
    ["an unknown field", { sim: 0.4 }, /sim/],
  ])("rejects %s, naming the field", (_case, change, field) => {
    expect(() => parseDrainConfig({ ...DEFAULT_DRAIN_CONFIG, ...change })).toThrow(RangeError);
    expect(() => parseDrainConfig({ ...DEFAULT_DRAIN_CONFIG, ...change })).toThrow(field);
  });

  it("rejects a missing field", () => {
    expect(() => parseDrainConfig({ depth: 4 })).toThrow(/invalid drain config: .*similarityThreshold/);
  });

  it("guards the constructor, which fills in the defaults", () => {
    expect(() => new Drain({ depth: 0 })).toThrow(/^invalid drain config: /);
    expect(() => new Drain({ depth: 5 })).not.toThrow();
  });

  it("documents every default (frozen, so nobody edits them at run time)", () => {
    expect(Object.isFrozen(DEFAULT_DRAIN_CONFIG)).toBe(true);
    expect(Object.keys(DEFAULT_DRAIN_CONFIG).sort()).toEqual(
      ["depth", "maxChildren", "maxFastPathEntries", "minValuesToParameterize", "similarityThreshold"].sort(),
    );
  });
});
