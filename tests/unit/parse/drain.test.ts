import { Drain } from "../../../src/pipeline/parse";

function trainAll(drain: Drain, lines: string[]): { templateId: number; change: string }[] {
  return lines.map((line) => drain.train(line));
}

describe("Drain.train", () => {
  it("reports created, then none, then template-changed", () => {
    const drain = new Drain();
    expect(trainAll(drain, ["connection from host alpha", "connection from host alpha", "connection from host 10.0.0.1"])).toEqual([
      { templateId: 1, change: "created" },
      { templateId: 1, change: "none" },
      { templateId: 1, change: "template-changed" },
    ]);
    expect(drain.template(1)).toBe("connection from host <*>");
  });

  it("numbers templates from 1 in order of first appearance", () => {
    const drain = new Drain();
    const ids = trainAll(drain, ["b started", "a stopped", "b started", "c failed"]).map((r) => r.templateId);
    expect(ids).toEqual([1, 2, 1, 3]);
    expect(drain.templates()).toEqual([
      { id: 1, template: "b started", size: 2 },
      { id: 2, template: "a stopped", size: 1 },
      { id: 3, template: "c failed", size: 1 },
    ]);
  });

  it("joins lines that differ only in masked values", () => {
    const drain = new Drain();
    trainAll(drain, ["Received block blk_1 of size 67108864 from /10.0.0.1", "Received block blk_-2 of size 3 from /10.0.0.2"]);
    expect(drain.templates()).toEqual([{ id: 1, template: "Received block <*> of size <*> from <*>", size: 2 }]);
  });

  it("keeps lines apart that differ in a constant word (the default threshold is 1)", () => {
    const drain = new Drain();
    trainAll(drain, ["Location icon should now be in state 'Active'", "Location icon should now be in state 'Inactive'"]);
    expect(drain.templates().map((t) => t.template)).toEqual([
      "Location icon should now be in state 'Active'",
      "Location icon should now be in state 'Inactive'",
    ]);
  });

  it("joins lines within the similarity threshold, widening the template", () => {
    const drain = new Drain({ similarityThreshold: 0.5 });
    const results = trainAll(drain, ["a b c d e f", "a b c d e g"]);
    expect(results.map((r) => r.change)).toEqual(["created", "template-changed"]);
    expect(drain.template(1)).toBe("a b c d e <*>");
  });

  it("compares only lines that agree on the routing words, as Drain does", () => {
    const drain = new Drain({ similarityThreshold: 0.5, depth: 4 });
    expect(trainAll(drain, ["a x c d e f", "a y c d e f"]).map((r) => r.templateId)).toEqual([1, 2]);
  });

  it("turns a word into a parameter once it takes enough distinct values, merging the clusters", () => {
    const drain = new Drain({ minValuesToParameterize: 4 });
    const users = ["alice", "bob", "carol", "dave"];
    const results = trainAll(drain, users.map((user) => `Invalid user ${user} from 10.0.0.1`));
    expect(results.map((r) => r.change)).toEqual(["created", "created", "created", "template-changed"]);
    expect([1, 2, 3].map((id) => drain.resolve(id))).toEqual([1, 1, 1]);
    expect(drain.templates()).toEqual([{ id: 1, template: "Invalid user <*> from <*>", size: 4 }]);
    expect(drain.train("Invalid user eve from 10.0.0.9")).toEqual({ templateId: 1, change: "none" });
  });

  it("still finds a template whose first word became a parameter", () => {
    const drain = new Drain();
    trainAll(drain, ["alpha joined the ring at 1", "beta joined the ring at 2", "gamma joined the ring at 3", "delta joined the ring at 4"]);
    expect(drain.template(1)).toBe("<*> joined the ring at <*>");
    expect(drain.train("epsilon joined the ring at 5")).toEqual({ templateId: 1, change: "none" });
  });

  it("lets a line with a parameter where older templates have a word take them in", () => {
    const drain = new Drain();
    const results = trainAll(drain, ["ServerFileSystem domain red is down", "ServerFileSystem domain blue is down", "ServerFileSystem domain 42 is down"]);
    expect(results[2]).toEqual({ templateId: 1, change: "template-changed" });
    expect([drain.resolve(2), drain.template(2)]).toEqual([1, "ServerFileSystem domain <*> is down"]);
  });

  it("does not parameterize the only word two messages share nothing else with", () => {
    const drain = new Drain();
    trainAll(drain, ["running", "starting", "closing", "halted", "running"]);
    expect(drain.templates()).toHaveLength(4);
  });

  it("merges a cluster into the older one whose template covers it", () => {
    const drain = new Drain();
    trainAll(drain, ["job done in fast mode", "job done in <*> mode"]);
    expect(drain.templates()).toEqual([{ id: 1, template: "job done in <*> mode", size: 2 }]);
  });

  it("writes a list whose length varies as one parameter", () => {
    const drain = new Drain();
    const ids = trainAll(drain, ["IRQs 3 4 5 ok", "IRQs 3 4 5 7 ok"]).map((r) => r.templateId);
    expect(ids).toEqual([1, 1]);
    expect(drain.template(1)).toBe("IRQs <*> ok");
  });

  it("keeps a fixed-length list's arity", () => {
    const drain = new Drain();
    trainAll(drain, ["Fan speeds ( 3552 3534 3375 )", "Fan speeds ( 1 2 3 )"]);
    expect(drain.template(1)).toBe("Fan speeds ( <*> <*> <*> )");
  });

  // How training time grows with line length is measured by `npm run bench -- scaling` (drain-long-lines).
  it("trains very long lines: 20,000 numbers become 20,000 parameters", () => {
    const drain = new Drain();
    const numbers = Array.from({ length: 20_000 }, (_, i) => String(i)).join(" ");
    const words = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? "w" : String(i))).join(" ");
    [numbers, numbers, words, words.replace("w", "v")].forEach((line) => drain.train(line));
    expect(drain.template(1)).toBe(Array(20_000).fill("<*>").join(" "));
  });

  it("never throws on data", () => {
    const drain = new Drain();
    for (const line of ["", "   ", "\t", "<*>", "<*> <*>", "💥 ünïcode ✓", "=", "a=", "=b", ":/", "x".repeat(10_000)]) {
      expect(() => drain.train(line)).not.toThrow();
    }
    expect(drain.template(drain.train("").templateId)).toBe("");
  });
});

describe("Drain.match", () => {
  it("finds a known template without learning anything", () => {
    const drain = new Drain();
    trainAll(drain, ["Deleting block blk_1 file /a/b", "session closed for user alpha"]);
    const before = JSON.stringify(drain.toJSON());
    expect(drain.match("Deleting block blk_77 file /c/d")).toBe(1);
    expect(drain.match("session closed for user beta")).toBeUndefined();
    expect(drain.match("something else entirely")).toBeUndefined();
    expect(JSON.stringify(drain.toJSON())).toBe(before);
  });
});

describe("Drain.resolve and Drain.template", () => {
  it("reject unknown ids with a RangeError", () => {
    const drain = new Drain();
    drain.train("a b");
    expect(() => drain.template(2)).toThrow(RangeError);
    expect(() => drain.resolve(0)).toThrow(/unknown template id: 0/);
  });
});

describe("Drain.extractParameters", () => {
  it.each([
    ["Received block <*> of size <*> from <*>", "Received block blk_7128370237687728475 of size 67108864 from /10.0.0.1", ["blk_7128370237687728475", "67108864", "/10.0.0.1"]],
    ["(estimated size <*>, free <*>)", "(estimated size 5.8 KB, free 408.5 MB)", ["5.8 KB", "408.5 MB"]],
    ["uid=<*> node-<*>", "uid=0   node-12", ["0", "12"]],
  ])("of %s", (template, content, parameters) => {
    const drain = new Drain();
    const { templateId } = drain.train(content);
    expect(drain.template(templateId)).toBe(template);
    expect(drain.extractParameters(templateId, content)).toEqual(parameters);
  });

  // A line that almost matches made a regex of lazy groups backtrack polynomially; the one-pass
  // scan's growth is measured by `npm run bench -- scaling` (extract-parameters-near-miss).
  it("takes the shortest text for each parameter, and none from a long near miss", () => {
    const drain = new Drain();
    const { templateId } = drain.train("a 1 b 2 b 3 c");
    expect(drain.template(templateId)).toBe("a <*> b <*> b <*> c");
    expect(drain.extractParameters(templateId, "a x b y b z b w c")).toEqual(["x", "y", "z b w"]);
    expect(drain.extractParameters(templateId, `a ${"1 b ".repeat(5000)}d`)).toEqual([]);
  });

  it("returns [] when the line is not an instance of the template", () => {
    const drain = new Drain();
    const { templateId } = drain.train("user 42 logged in");
    expect(drain.extractParameters(templateId, "user 42 logged out")).toEqual([]);
  });
});
