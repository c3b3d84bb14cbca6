/** Maps a record to the index(es) of the session(s) it belongs to: one keyer per keying kind. */
import { assertNever } from "../../domain/assert-never";
import type { LogRecord } from "../../domain/log-record";
import { BlockIdTable, MAX_TABLE_DIGITS } from "./block-id-table";
import { findBlockId } from "./block-ids";
import { detachString } from "./detach-string";
import type { ResolvedSessionKeying } from "./session-keying";

export interface SessionKeyer {
  /**
   * Writes the indices of the record's distinct sessions into `out` and returns how many
   * (0 = the record names no session). A new session gets index `ids.length`; its id is pushed.
   */
  sessionsOf(record: LogRecord, out: number[], ids: string[]): number;
  /** Index of a session id seen before. */
  indexOf(id: string): number | undefined;
}

/** Session ids that are arbitrary strings (regex captures, window names). */
class StringIndex {
  private readonly index = new Map<string, number>();

  indexOf(key: string, ids: string[]): number {
    let found = this.index.get(key);
    if (found === undefined) {
      found = ids.length;
      const id = detachString(key);
      ids.push(id);
      this.index.set(id, found);
    }
    return found;
  }

  find(id: string): number | undefined {
    return this.index.get(id);
  }
}

/**
 * Every distinct `blk_` id in the message: an HDFS line may name several blocks, and like
 * loglizer we give the line to each of them (once per line).
 */
class BlockKeyer implements SessionKeyer {
  private readonly span = new Int32Array(2);
  private readonly table = new BlockIdTable();
  /** Ids longer than a signed 64-bit number (never in HDFS) fall back to strings. */
  private readonly longIds = new StringIndex();

  sessionsOf(record: LogRecord, out: number[], ids: string[]): number {
    const text = record.content;
    let count = 0;
    while (findBlockId(text, count === 0 ? 0 : this.span[1], this.span)) {
      const session = this.sessionOfSpan(text, this.span[0], this.span[1], ids);
      if (!includesFirst(out, count, session)) {
        out[count++] = session;
      }
    }
    return count;
  }

  indexOf(id: string): number | undefined {
    if (!findBlockId(id, 0, this.span) || this.span[0] !== 0 || this.span[1] !== id.length) {
      return undefined;
    }
    if (isLongId(id, 0, id.length)) {
      return this.longIds.find(id);
    }
    const index = this.table.find(id, 0, id.length);
    return index === -1 ? undefined : index;
  }

  private sessionOfSpan(text: string, start: number, end: number, ids: string[]): number {
    if (isLongId(text, start, end)) {
      return this.longIds.indexOf(text.slice(start, end), ids);
    }
    let index = this.table.find(text, start, end);
    if (index === -1) {
      index = ids.length;
      ids.push(detachString(text.slice(start, end)));
      this.table.insertLast(index);
    }
    return index;
  }
}

function includesFirst(values: number[], count: number, value: number): boolean {
  for (let i = 0; i < count; i++) {
    if (values[i] === value) {
      return true;
    }
  }
  return false;
}

function isLongId(text: string, start: number, end: number): boolean {
  const sign = text.charCodeAt(start + 4) === 45 ? 1 : 0;
  return end - start - 4 - sign > MAX_TABLE_DIGITS;
}

/** The first capture group of the pattern, or the whole match when it has no group. */
class RegexKeyer implements SessionKeyer {
  private readonly regex: RegExp;
  private readonly index = new StringIndex();

  constructor(pattern: string) {
    try {
      this.regex = new RegExp(pattern);
    } catch (error) {
      throw new RangeError(`invalid session regex ${JSON.stringify(pattern)}: ${(error as Error).message}`);
    }
  }

  sessionsOf(record: LogRecord, out: number[], ids: string[]): number {
    const match = this.regex.exec(record.content);
    const key = match ? (match[1] ?? match[0]) : "";
    if (key === "") {
      return 0;
    }
    out[0] = this.index.indexOf(key, ids);
    return 1;
  }

  indexOf(id: string): number | undefined {
    return this.index.find(id);
  }
}

/**
 * Time buckets of `seconds`, named by their start (ISO 8601, UTC). A record without a time
 * falls into a fixed window of `linesPerWindow` lines by line id (`lines:1-100`), so logs
 * without timestamps still get sessions (the domain keying has no line-count kind).
 */
class WindowKeyer implements SessionKeyer {
  private readonly bucketMs: number;
  private readonly index = new StringIndex();
  /** Consecutive lines mostly share a window: skip naming it again. */
  private last = { bucket: Number.NaN, session: -1 };

  constructor(
    seconds: number,
    private readonly linesPerWindow: number,
  ) {
    if (!(seconds > 0) || !(linesPerWindow >= 1)) {
      throw new RangeError(`window keying needs seconds > 0 and linesPerWindow >= 1, got ${seconds} and ${linesPerWindow}`);
    }
    this.bucketMs = seconds * 1000;
  }

  sessionsOf(record: LogRecord, out: number[], ids: string[]): number {
    const time = record.timestamp;
    const timed = time !== undefined && Number.isFinite(time);
    // Line windows get negative bucket numbers so they never collide with time buckets.
    const bucket = timed ? Math.floor(time / this.bucketMs) : -1 - Math.floor((record.lineId - 1) / this.linesPerWindow);
    if (bucket !== this.last.bucket) {
      this.last = { bucket, session: this.index.indexOf(this.windowName(bucket), ids) };
    }
    out[0] = this.last.session;
    return 1;
  }

  private windowName(bucket: number): string {
    if (bucket >= 0) {
      return new Date(bucket * this.bucketMs).toISOString();
    }
    const first = (-1 - bucket) * this.linesPerWindow + 1;
    return `lines:${first}-${first + this.linesPerWindow - 1}`;
  }

  indexOf(id: string): number | undefined {
    return this.index.find(id);
  }
}

export function createSessionKeyer(keying: ResolvedSessionKeying, linesPerWindow: number): SessionKeyer {
  switch (keying.kind) {
    case "block":
      return new BlockKeyer();
    case "regex":
      return new RegexKeyer(keying.pattern);
    case "window":
      return new WindowKeyer(keying.seconds, linesPerWindow);
    default:
      return assertNever(keying, "session keying");
  }
}
