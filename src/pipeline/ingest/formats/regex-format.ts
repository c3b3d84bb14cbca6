/** Builds a LogFormat from a named-group header regex; parsing runs a numbered copy for speed. */
import type { FormatName, HeaderFields, LogFormat } from "../log-format";

const FIELDS = ["time", "level", "component", "pid", "host", "content"] as const;
type Field = (typeof FIELDS)[number];

export interface RegexFormatSpec {
  name: FormatName;
  description: string;
  header: RegExp;
  readTimestamp: LogFormat["readTimestamp"];
  yearless?: boolean;
  /** See LogFormat; true when absent. */
  cacheTimestamps?: boolean;
  specificity: number;
  /** Turns the raw `level` group into a level word (e.g. a syslog priority number into `ERROR`). */
  readLevel?: (text: string) => string | undefined;
}

interface CompiledHeader {
  regex: RegExp;
  /** Capture index of each field; 0 when the header has no such group. */
  index: Record<Field, number>;
  /** The header ended in `(?<content>.*)$`, which the compiled regex leaves out: content = the rest of the line. */
  contentIsRest: boolean;
}

const CONTENT_IS_REST = "(?<content>.*)$";

/**
 * Strips group names from a regex source and records each name's capture index, and drops a
 * final `(?<content>.*)$` (the content is then the rest of the line). Why: V8 builds a `groups`
 * object on every named-group match (~80 ns a line), and `.*$` walks the whole message char by
 * char (the HDFS regex took ~170 ns with it, ~110 ns without).
 */
export function compileHeader(header: RegExp): CompiledHeader {
  const index: Record<Field, number> = { time: 0, level: 0, component: 0, pid: 0, host: 0, content: 0 };
  const contentIsRest = header.source.endsWith(CONTENT_IS_REST);
  const source = contentIsRest ? header.source.slice(0, -CONTENT_IS_REST.length) : header.source;
  let out = "";
  let captures = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      out += source.slice(i, i + 2);
      i++;
    } else if (ch === "[") {
      const end = endOfClass(source, i);
      out += source.slice(i, end + 1);
      i = end;
    } else if (ch === "(" && source[i + 1] !== "?") {
      captures++;
      out += ch;
    } else if (ch === "(" && /^\?<[A-Za-z_]/.test(source.slice(i + 1, i + 4))) {
      const close = source.indexOf(">", i);
      const name = source.slice(i + 3, close);
      captures++;
      if ((FIELDS as readonly string[]).includes(name)) {
        index[name as Field] = captures;
      }
      out += "(";
      i = close;
    } else {
      out += ch;
    }
  }
  return { regex: new RegExp(out, header.flags), index, contentIsRest };
}

function endOfClass(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === "\\") {
      i++;
    } else if (source[i] === "]") {
      return i;
    }
  }
  return source.length - 1;
}

export function defineRegexFormat(spec: RegexFormatSpec): LogFormat {
  const { regex, index, contentIsRest } = compileHeader(spec.header);
  const readLevel = spec.readLevel;
  const parse = (line: string): HeaderFields | undefined => {
    const m = regex.exec(line);
    if (m === null) {
      return undefined;
    }
    const level = fieldOf(m, index.level);
    return {
      time: fieldOf(m, index.time),
      level: level !== undefined && readLevel !== undefined ? readLevel(level) : level,
      component: fieldOf(m, index.component),
      pid: fieldOf(m, index.pid),
      host: fieldOf(m, index.host),
      content: trimEnd(contentIsRest ? line.slice(m[0].length) : (m[index.content] ?? "")),
    };
  };
  return {
    name: spec.name,
    description: spec.description,
    header: spec.header,
    parse,
    readTimestamp: spec.readTimestamp,
    yearless: spec.yearless ?? false,
    cacheTimestamps: spec.cacheTimestamps ?? true,
    specificity: spec.specificity,
  };
}

/** Empty captures and `-` (syslog's nil value) count as absent: `[]` in a Thunderbird header is no pid. */
function fieldOf(m: RegExpExecArray, i: number): string | undefined {
  const value = i === 0 ? undefined : m[i];
  return value === undefined || value === "" || value === "-" ? undefined : value;
}

/** LogHub strips each line before splitting, so trailing blanks never belong to the content. */
export function trimEnd(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 32 || last === 9 ? text.trimEnd() : text;
}
