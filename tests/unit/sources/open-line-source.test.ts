import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { InputError, openLineSource, type LineSource } from "../../../src/sources";
import { inputErrorFromFs } from "../../../src/sources/input-error";
import type { RawLine } from "../../../src/pipeline/ingest";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "flare-sources-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
}

async function readAll(source: LineSource): Promise<{ batches: RawLine[][]; lines: RawLine[] }> {
  const batches: RawLine[][] = [];
  for await (const batch of source) {
    batches.push(batch);
  }
  return { batches, lines: batches.flat() };
}

const textOf = (lines: RawLine[]) => lines.map((line) => line.text);

describe("openLineSource", () => {
  it("reads a file as numbered line batches and reports its size", async () => {
    const source = openLineSource(file("plain.log", "one\ntwo\r\n\nthree"));
    expect(source.sizeBytes).toBe(15);
    const { lines } = await readAll(source);
    expect(lines).toEqual([
      { lineNo: 1, text: "one" },
      { lineNo: 2, text: "two" },
      { lineNo: 4, text: "three" },
    ]);
    expect(source.skipped).toEqual({ empty: 1 });
    expect(source.bytesRead()).toBe(15);
    expect(source.gzip).toBe(false);
  });

  it("decompresses gzip found by its magic bytes, whatever the name", async () => {
    const text = Array.from({ length: 3000 }, (_, i) => `line ${i + 1}`).join("\n");
    const source = openLineSource(file("compressed.log", gzipSync(text)));
    const { lines } = await readAll(source);
    expect(lines).toHaveLength(3000);
    expect(lines[2999]).toEqual({ lineNo: 3000, text: "line 3000" });
    expect(source.gzip).toBe(true);
  });

  it("reads a .gz-named file that is not compressed as plain text", async () => {
    const source = openLineSource(file("plain.log.gz", "not really gzip\n"));
    expect(textOf((await readAll(source)).lines)).toEqual(["not really gzip"]);
    expect(source.gzip).toBe(false);
  });

  it("reads concatenated gzip members", async () => {
    const source = openLineSource(file("members.gz", Buffer.concat([gzipSync("a\n"), gzipSync("b\n")])));
    expect(textOf((await readAll(source)).lines)).toEqual(["a", "b"]);
  });

  it("reads - from a stdin-like stream, gzip or not, even when it arrives a byte at a time", async () => {
    const plain = openLineSource("-", { stdin: Readable.from([Buffer.from("x\ny\n")]) });
    expect(textOf((await readAll(plain)).lines)).toEqual(["x", "y"]);
    const compressed = [...gzipSync("from stdin\n")].map((byte) => Buffer.from([byte]));
    const zipped = openLineSource("-", { stdin: Readable.from(compressed) });
    expect(textOf((await readAll(zipped)).lines)).toEqual(["from stdin"]);
    expect(zipped.sizeBytes).toBeUndefined();
    expect(zipped.label).toBe("standard input");
  });

  it("yields nothing for an empty file", async () => {
    const source = openLineSource(file("empty.log", ""));
    expect((await readAll(source)).batches).toEqual([]);
    expect(source.skipped).toEqual({});
  });

  it("skips binary garbage and keeps the text lines", async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const source = openLineSource(file("garbage.bin", Buffer.concat([Buffer.from("start\n"), garbage, Buffer.from("\nend\n")])));
    const { lines } = await readAll(source);
    expect(textOf(lines)).toEqual(["start", "end"]);
    expect(Object.keys(source.skipped).every((reason) => ["binary", "invalid-utf8", "empty"].includes(reason))).toBe(true);
  });

  it("skips a 10 MB single line in bounded memory", async () => {
    const big = path.join(dir, "big-line.log");
    writeFileSync(big, Buffer.concat([Buffer.from("before\n"), Buffer.alloc(10 * 1024 * 1024, "x"), Buffer.from("\nafter\n")]));
    const heapBefore = process.memoryUsage().heapUsed;
    const source = openLineSource(big);
    const { lines } = await readAll(source);
    expect(lines).toEqual([
      { lineNo: 1, text: "before" },
      { lineNo: 3, text: "after" },
    ]);
    expect(source.skipped).toEqual({ "too-long": 1 });
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(8 * 1024 * 1024);
  });

  it("can be read only once", async () => {
    const source = openLineSource(file("once.log", "a\n"));
    await readAll(source);
    await expect(readAll(source)).rejects.toThrow(/read only once/);
  });
});

describe("openLineSource errors", () => {
  it("a missing path is an InputError that says what to do", () => {
    const missing = path.join(dir, "nope.log");
    expect(() => openLineSource(missing)).toThrow(InputError);
    expect(() => openLineSource(missing)).toThrow(`cannot read "${missing}": no such file; check the path, or pass - to read standard input`);
  });

  it("a directory is an InputError", () => {
    expect(() => openLineSource(dir)).toThrow(InputError);
    expect(() => openLineSource(dir)).toThrow(`"${dir}" is a directory; pass a log file (or - to read standard input)`);
  });

  it("an empty path is an InputError", () => {
    expect(() => openLineSource("")).toThrow(InputError);
  });


  it("maps permission errors to a message that says what to do (also when running as root)", () => {
    const error = inputErrorFromFs("/var/log/secure", Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(`cannot read "/var/log/secure": permission denied; check the file's permissions`);
  });

  it("corrupt gzip is an InputError while reading", async () => {
    const truncated = gzipSync("x".repeat(100000)).subarray(0, 50);
    const source = openLineSource(file("truncated.gz", truncated));
    const failure = readAll(source);
    await expect(failure).rejects.toThrow(InputError);
    await expect(failure).rejects.toThrow(/starts like gzip but does not decompress \(unexpected end of file\); check it with gzip -t/);
  });

  it("InputError messages are one line without a stack in the message", () => {
    const error = new InputError("bad input");
    expect(error.name).toBe("InputError");
    expect(error).toBeInstanceOf(Error);
    expect(error.message).not.toMatch(/\n/);
  });
});
