import { similarity } from "../../../src/pipeline/parse/similarity";
import { generalizeToken, tokenMatches } from "../../../src/pipeline/parse/template-token";
import { tokenize } from "../../../src/pipeline/parse/tokenizer";

describe("tokenize", () => {
  it.each([
    ["splits on runs of whitespace", "a  b\tc ", ["a", "b", "c"]],
    ["keeps a run of bare parameters as one token", "IRQs <*> <*> <*> ok", ["IRQs", "<*> <*> <*>", "ok"]],
    ["does not join a parameter to a word holding one", "node-<*> <*> x", ["node-<*>", "<*>", "x"]],
    ["empty", "", []],
  ])("%s", (_case, masked, tokens) => {
    expect(tokenize(masked)).toEqual(tokens);
  });
});

describe("tokenMatches", () => {
  it.each([
    ["a word matches itself", "block", "block", true],
    ["<*> matches any word", "<*>", "blk_1", true],
    ["<*> matches a run", "<*>", "<*> <*>", true],
    ["a pattern matches its instances", "uid=<*>", "uid=0", true],
    ["a pattern checks its literal parts", "uid=<*>", "gid=0", false],
    ["a pattern with two parameters", "<*>:<*>", "10:20", true],
    ["a run matches only a run of its length", "<*> <*>", "<*> <*> <*>", false],
    ["different words", "Active", "Inactive", false],
  ])("%s", (_case, pattern, token, expected) => {
    expect(tokenMatches(pattern, token)).toBe(expected);
  });
});

describe("generalizeToken", () => {
  it.each([
    ["keeps the key of key=value", "user=root,", "user=adm,", "user=<*>,"],
    ["keeps a prefix cut at a delimiter", "node-12", "node-x", "node-<*>"],
    ["keeps a suffix cut at a delimiter", "abc.x", "abd.x", "<*>.x"],
    ["never cuts inside a word", "CONTAINER_REMOTE_LAUNCH", "CONTAINER_REMOTE_CLEANUP", "<*>"],
    ["keeps a prefix ending in a parameter", "x=<*>a", "x=<*>b", "x=<*>"],
    ["never cuts inside a <*> marker", "<*>x", "<y", "<*>"],
    ["runs of different lengths become one parameter", "<*> <*>", "<*> <*> <*>", "<*>"],
    ["identical words stay", "ok", "ok", "ok"],
  ])("%s", (_case, a, b, merged) => {
    expect(generalizeToken(a, b)).toBe(merged);
  });
});

describe("similarity", () => {
  it.each([
    ["identical templates", ["Received", "block", "<*>"], ["Received", "block", "<*>"], 1],
    ["parameters are no evidence either way", ["<*>", "Served", "block", "<*>"], ["x", "Served", "block", "y"], 1],
    ["one constant of four differs", ["a", "b", "c", "d"], ["a", "b", "c", "e"], 0.75],
    ["patterns count when matched", ["uid=<*>", "ok"], ["uid=5", "ok"], 1],
    ["a template of parameters only takes only parameters", ["<*>"], ["LOOKING"], 0],
    ["…and lines of parameters only", ["<*>"], ["<*>"], 1],
  ])("%s", (_case, template, tokens, expected) => {
    expect(similarity(template, tokens)).toBe(expected);
  });
});
