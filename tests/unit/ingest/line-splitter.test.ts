import { LineSplitter, type RawLine } from "../../../src/pipeline/ingest";

/** Pushes the chunks, ends, and returns every line. */
function split(chunks: (string | Buffer)[], options = {}): { lines: RawLine[]; splitter: LineSplitter } {
  const splitter = new LineSplitter(options);
  const lines: RawLine[] = [];
  for (const chunk of chunks) {
    lines.push(...splitter.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk));
  }
  lines.push(...splitter.end());
  return { lines, splitter };
}

describe("LineSplitter", () => {
  it("numbers lines from 1 and keeps the last line without a newline", () => {
    expect(split(["alpha\nbeta\ngamma"]).lines).toEqual([
      { lineNo: 1, text: "alpha" },
      { lineNo: 2, text: "beta" },
      { lineNo: 3, text: "gamma" },
    ]);
  });

  it("joins lines cut across chunks, whatever the cut", () => {
    const text = "first line\nsecond line é\nthird\n";
    const bytes = Buffer.from(text);
    for (let cut = 1; cut < bytes.length; cut++) {
      const { lines } = split([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(lines.map((line) => line.text)).toEqual(["first line", "second line é", "third"]);
    }
  });

  it("handles one-byte chunks", () => {
    const bytes = Buffer.from("a\r\nbb\n\nccc");
    const { lines } = split([...bytes].map((byte) => Buffer.from([byte])));
    expect(lines).toEqual([
      { lineNo: 1, text: "a" },
      { lineNo: 2, text: "bb" },
      { lineNo: 4, text: "ccc" },
    ]);
  });

  it("strips CR of CRLF endings, also when the CR and LF arrive in different chunks", () => {
    const { lines } = split(["one\r", "\ntwo\r\nthree\r\n"]);
    expect(lines.map((line) => line.text)).toEqual(["one", "two", "three"]);
  });

  it("skips and counts empty and blank lines, keeping line numbers", () => {
    const { lines, splitter } = split(["\n  \n\t\nx\n\n"]);
    expect(lines).toEqual([{ lineNo: 4, text: "x" }]);
    expect(splitter.skipped).toEqual({ empty: 4 });
  });

  it("produces nothing for empty input", () => {
    const { lines, splitter } = split([]);
    expect(lines).toEqual([]);
    expect(splitter.skipped).toEqual({});
  });

  it("drops a UTF-8 byte order mark at the start", () => {
    expect(split(["\uFEFFfirst\nsecond"]).lines.map((line) => line.text)).toEqual(["first", "second"]);
  });

  it("skips binary lines (NUL bytes, mostly control characters)", () => {
    const binary = Buffer.from([0x00, 0x01, 0x02, 0x41, 0x0a]);
    const control = Buffer.from("\x01\x02\x03\x04ab\n");
    const { lines, splitter } = split([Buffer.concat([Buffer.from("ok\n"), binary, control, Buffer.from("fine\n")])]);
    expect(lines).toEqual([
      { lineNo: 1, text: "ok" },
      { lineNo: 4, text: "fine" },
    ]);
    expect(splitter.skipped).toEqual({ binary: 2 });
  });

  it("keeps a line with a little invalid UTF-8 (replaced) and skips one made of it", () => {
    const latin1Name = Buffer.concat([Buffer.from("user Jos"), Buffer.from([0xe9]), Buffer.from(" logged in\n")]);
    const garbage = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0x41, 0x0a]);
    const { lines, splitter } = split([Buffer.concat([latin1Name, garbage])]);
    expect(lines).toEqual([{ lineNo: 1, text: "user Jos\uFFFD logged in" }]);
    expect(splitter.repairedLines).toBe(1);
    expect(splitter.skipped).toEqual({ "invalid-utf8": 1 });
  });

  it("strips terminal colour codes", () => {
    expect(split(["\x1b[32mINFO\x1b[0m started\n"]).lines).toEqual([{ lineNo: 1, text: "INFO started" }]);
  });

  it("skips lines over the cap, counted once, without holding their bytes", () => {
    const { lines, splitter } = split(["short\n", "x".repeat(10), "y".repeat(10), "z".repeat(10), "\nafter\n"], { maxLineBytes: 16 });
    expect(lines).toEqual([
      { lineNo: 1, text: "short" },
      { lineNo: 3, text: "after" },
    ]);
    expect(splitter.skipped).toEqual({ "too-long": 1 });
  });

  it("applies the cap to whole lines inside a chunk and to the last line", () => {
    const { lines, splitter } = split([`ok\n${"a".repeat(20)}\nok2\n${"b".repeat(20)}`], { maxLineBytes: 16 });
    expect(lines.map((line) => line.lineNo)).toEqual([1, 3]);
    expect(splitter.skipped).toEqual({ "too-long": 2 });
  });

  it("measures the cap in bytes, not characters", () => {
    const { lines, splitter } = split(["éééééééé\nok\n"], { maxLineBytes: 10 });
    expect(lines).toEqual([{ lineNo: 2, text: "ok" }]);
    expect(splitter.skipped).toEqual({ "too-long": 1 });
  });

  it("skips a 10 MB line pushed in 64 KiB chunks and keeps the lines around it", () => {
    const splitter = new LineSplitter();
    const chunk = Buffer.alloc(64 * 1024, "x");
    const out: RawLine[] = [...splitter.push(Buffer.from("before\n"))];
    for (let i = 0; i < 160; i++) {
      out.push(...splitter.push(chunk));
    }
    out.push(...splitter.push(Buffer.from("\nafter\n")), ...splitter.end());
    expect(out).toEqual([
      { lineNo: 1, text: "before" },
      { lineNo: 3, text: "after" },
    ]);
    expect(splitter.skipped).toEqual({ "too-long": 1 });
  });

  it("splits big chunks in pieces without losing or renumbering lines", () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i + 1} ${"é".repeat(i % 50)}`).join("\n");
    const { lines } = split([Buffer.from(text)]);
    expect(lines).toHaveLength(5000);
    expect(lines.every((line, i) => line.lineNo === i + 1 && line.text.startsWith(`line ${i + 1} `))).toBe(true);
  });

  it("does not keep a reference to a caller's reused buffer", () => {
    const splitter = new LineSplitter();
    const buffer = Buffer.from("abc");
    splitter.push(buffer);
    buffer.write("XYZ");
    expect(splitter.end()).toEqual([{ lineNo: 1, text: "abc" }]);
  });

  it("rejects a nonsensical cap at construction", () => {
    expect(() => new LineSplitter({ maxLineBytes: 0 })).toThrow(RangeError);
  });
});

describe("LineSplitter on one huge chunk", () => {
  // Its cost against the chunk size is measured by `npm run bench -- scaling` (line-splitter-huge-line).
  it("skips a 10 MB line given as a single Buffer and keeps the next", () => {
    const splitter = new LineSplitter();
    const lines = [...splitter.push(Buffer.concat([Buffer.alloc(10 * 1024 * 1024, "x"), Buffer.from("\nok\n")])), ...splitter.end()];
    expect(lines).toEqual([{ lineNo: 2, text: "ok" }]);
    expect(splitter.skipped).toEqual({ "too-long": 1 });
  });
});
