/** The fallback: any line is a record; a leading timestamp and level word are lifted out when present. */
import { readAnyTimestamp } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

const TIME = String.raw`\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?|[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}`;
// Upper-case words only: a message that starts with "Error reading …" keeps its first word.
const LEVEL = "TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|SEVERE|FATAL|CRITICAL|CRIT|ALERT|EMERG";

export const genericFormat = defineRegexFormat({
  name: "generic",
  description: "Anything else: `2024-05-01 12:00:00 ERROR something broke` → time, level, content",
  header: new RegExp(String.raw`^(?:\[?(?<time>${TIME})\]?[ ,]+)?(?:\[?(?<level>${LEVEL})\]?:?\s+)?(?<content>.*)$`),
  readTimestamp: (text, assumedYear) => readAnyTimestamp(text.replace(/\//g, "-"), assumedYear),
  yearless: true,
  specificity: 0,
});
