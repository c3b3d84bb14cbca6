/** Splits a byte stream into decoded lines, in bounded memory, skipping and counting bad lines. */
import { isAscii, isUtf8 } from "node:buffer";
import type { SkipCounts, SkipReason } from "../../domain/log-record";
import { classifyLineBytes, isBlank } from "./line-classifier";
import type { RawLine } from "./raw-line";

/**
 * Longest line kept, in bytes. Real log lines stay far below it (the longest line in the LogHub
 * 2k sets is 2.5 KB); a longer one is a dump (a base64 blob, a minified payload) that would only make
 * a junk template, and the cap bounds what the splitter holds for one line.
 */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024;

/**
 * Largest piece decoded into one string. V8 puts strings over 128 KiB in large-object space,
 * and splitting those measured ~4× slower per line than 64 KiB pieces, so bigger reads are cut
 * at a newline into pieces of at most this size.
 */
const DECODE_WINDOW_BYTES = 64 * 1024;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const ESCAPE = 0x1b;

export interface LineSplitterOptions {
  maxLineBytes?: number;
}

/**
 * Feed Buffer chunks with `push`, then call `end` once. Chunks free of NUL, ESC and invalid UTF-8
 * (nearly all of a text log) are decoded with one call and split as a string: per-line decoding
 * cost ~2× more on HDFS. Other chunks are classified line by line (line-classifier.ts).
 */
export class LineSplitter {
  readonly skipped: SkipCounts = {};
  private repaired = 0;
  private readonly maxLineBytes: number;
  /** Bytes of the unfinished line at the end of the previous chunks. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  /** The unfinished line already passed the cap: drop its bytes until its newline. */
  private discarding = false;
  private lineNo = 0;

  constructor(options: LineSplitterOptions = {}) {
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    if (!(this.maxLineBytes >= 1)) {
      throw new RangeError(`maxLineBytes must be at least 1, got ${options.maxLineBytes}`);
    }
  }

  /** Lines kept after replacing a little invalid UTF-8 with U+FFFD. */
  get repairedLines(): number {
    return this.repaired;
  }

  push(chunk: Buffer): RawLine[] {
    const out: RawLine[] = [];
    let at = 0;
    while (chunk.length - at > DECODE_WINDOW_BYTES) {
      // Search this window only: searching back from its end to the chunk's start would be quadratic on a huge line.
      const newline = chunk.subarray(at, at + DECODE_WINDOW_BYTES).lastIndexOf(NEWLINE);
      const end = newline >= 0 ? at + newline + 1 : at + DECODE_WINDOW_BYTES;
      this.pushWindow(chunk.subarray(at, end), out);
      at = end;
    }
    this.pushWindow(at === 0 ? chunk : chunk.subarray(at), out);
    return out;
  }

  private pushWindow(chunk: Buffer, out: RawLine[]): void {
    let start = 0;
    if (this.carryBytes > 0 || this.discarding) {
      const newline = chunk.indexOf(NEWLINE);
      if (newline < 0) {
        this.hold(chunk);
        return;
      }
      this.hold(chunk.subarray(0, newline));
      this.finishHeldLine(out);
      start = newline + 1;
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (last >= start) {
      this.splitWholeLines(chunk.subarray(start, last), out);
      start = last + 1;
    }
    if (start < chunk.length) {
      this.hold(chunk.subarray(start));
    }
  }

  /** The last line, when the input does not end with a newline. */
  end(): RawLine[] {
    const out: RawLine[] = [];
    if (this.carryBytes > 0 || this.discarding) {
      this.finishHeldLine(out);
    }
    return out;
  }

  /** Keeps a copy (the caller may reuse its buffer), or starts discarding once the line is over the cap. */
  private hold(bytes: Buffer): void {
    if (this.discarding) {
      return;
    }
    if (this.carryBytes + bytes.length > this.maxLineBytes + 1) {
      this.carry = [];
      this.carryBytes = 0;
      this.discarding = true;
      return;
    }
    this.carry.push(Buffer.from(bytes));
    this.carryBytes += bytes.length;
  }

  private finishHeldLine(out: RawLine[]): void {
    const bytes = this.carry.length === 1 ? this.carry[0] : Buffer.concat(this.carry, this.carryBytes);
    const tooLong = this.discarding;
    this.carry = [];
    this.carryBytes = 0;
    this.discarding = false;
    if (tooLong) {
      this.lineNo++;
      this.count("too-long");
    } else {
      this.emitBytes(bytes, out);
    }
  }

  /** `body` holds whole lines separated by "\n" (the last terminator excluded). */
  private splitWholeLines(body: Buffer, out: RawLine[]): void {
    if (body.indexOf(0) >= 0 || body.indexOf(ESCAPE) >= 0 || !isUtf8(body)) {
      this.splitLineByLine(body, out);
      return;
    }
    // ASCII decodes identically as Latin-1, which skips the UTF-8 decoder.
    const text = body.toString(isAscii(body) ? "latin1" : "utf8");
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      this.emitText(lines[i], out);
    }
  }

  private splitLineByLine(body: Buffer, out: RawLine[]): void {
    let start = 0;
    while (start <= body.length) {
      const newline = body.indexOf(NEWLINE, start);
      const end = newline < 0 ? body.length : newline;
      this.emitBytes(body.subarray(start, end), out);
      start = end + 1;
    }
  }

  private emitBytes(bytes: Buffer, out: RawLine[]): void {
    const length = bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
    if (length > this.maxLineBytes) {
      this.lineNo++;
      this.count("too-long");
      return;
    }
    const verdict = classifyLineBytes(bytes.subarray(0, length));
    if (verdict.kind === "skip") {
      this.lineNo++;
      this.count(verdict.reason);
      return;
    }
    if (verdict.repaired) {
      this.repaired++;
    }
    this.emitText(verdict.text, out);
  }

  private emitText(line: string, out: RawLine[]): void {
    const lineNo = ++this.lineNo;
    let text = line.charCodeAt(line.length - 1) === CARRIAGE_RETURN ? line.slice(0, -1) : line;
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) {
      text = text.slice(1);
    }
    if (isBlank(text)) {
      this.count("empty");
    } else if (text.length > this.maxLineBytes / 3 && Buffer.byteLength(text) > this.maxLineBytes) {
      this.count("too-long");
    } else {
      out.push({ lineNo, text });
    }
  }

  private count(reason: SkipReason): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
  }
}
