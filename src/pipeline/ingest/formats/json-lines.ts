/** JSON lines (one object per line, as pino, bunyan, zap, logrus, structlog and ECS loggers write them). */
import type { HeaderFields, LogFormat } from "../log-format";
import { numericLevel } from "../levels";
import { readAnyTimestamp } from "../timestamps";

// Key names in order of preference; dotted names are tried flat (`"log.level"`, as ECS writes
// them) and nested (`{"log":{"level":…}}`).
const TIME_KEYS = ["@timestamp", "timestamp", "time", "ts", "datetime", "date", "t"];
const LEVEL_KEYS = ["level", "severity", "lvl", "loglevel", "log.level", "levelname", "level_name"];
const MESSAGE_KEYS = ["msg", "message", "@message", "event", "text", "log"];
const COMPONENT_KEYS = ["logger", "component", "logger_name", "log.logger", "module", "name", "source"];
const PID_KEYS = ["pid", "process.pid", "process_id"];
const HOST_KEYS = ["host", "hostname", "host.name", "host.hostname"];

type JsonObject = Record<string, unknown>;

function parseJsonLine(line: string): HeaderFields | undefined {
  const object = parseObject(line);
  if (object === undefined) {
    return undefined;
  }
  const level = pickText(object, LEVEL_KEYS);
  return {
    time: pickText(object, TIME_KEYS),
    level: level === undefined ? undefined : numericLevel(level),
    component: pickText(object, COMPONENT_KEYS),
    pid: pickText(object, PID_KEYS),
    host: pickText(object, HOST_KEYS),
    // Without a message key the whole object is the message: nothing is dropped.
    content: pickText(object, MESSAGE_KEYS) ?? line.trim(),
  };
}

function parseObject(line: string): JsonObject | undefined {
  const start = line.charCodeAt(0) === 123 ? 0 : line.search(/\S/);
  if (start < 0 || line.charCodeAt(start) !== 123) {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

function pickText(object: JsonObject, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = key in object ? object[key] : nested(object, key);
    if (typeof value === "string" && value.length > 0) {
      return value;
    }
    if (typeof value === "number" && Number.isFinite(value)) {
      return String(value);
    }
  }
  return undefined;
}

function nested(object: JsonObject, dotted: string): unknown {
  const dot = dotted.indexOf(".");
  if (dot < 0) {
    return undefined;
  }
  const inner = object[dotted.slice(0, dot)];
  return typeof inner === "object" && inner !== null ? (inner as JsonObject)[dotted.slice(dot + 1)] : undefined;
}

export const jsonLinesFormat: LogFormat = {
  name: "json-lines",
  description: 'JSON lines: `{"ts":"2024-05-01T12:00:00Z","level":"info","logger":"api","msg":"request done"}`',
  // Documentation only: a JSON object cannot be split by a regex, so `parse` reads it with JSON.parse.
  header: /^\s*(?<content>\{.*\})\s*$/,
  parse: parseJsonLine,
  readTimestamp: readAnyTimestamp,
  yearless: false,
  cacheTimestamps: true,
  specificity: 8,
};
