/** Syslog: BSD RFC 3164 (also macOS and rsyslog's ISO variant), RFC 5424, and OpenSSH's sshd lines. */
import { syslogPriorityLevel } from "../levels";
import { readIsoTimestamp, readSyslogTimestamp } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

const BSD_TIME = String.raw`[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}`;
const ISO_TIME = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})`;

/** BSD time (yearless) or rsyslog's ISO time. */
function readBsdOrIsoTimestamp(text: string, assumedYear: number): number | undefined {
  return text.charCodeAt(0) <= 57 ? readIsoTimestamp(text) : readSyslogTimestamp(text, assumedYear);
}

export const rfc3164Format = defineRegexFormat({
  name: "rfc3164",
  description: "BSD syslog / macOS: `Jul  1 09:01:05 calvisitor-10-105-160-95 com.apple.CDScheduler[43]: Thermal pressure ...`",
  // As LogHub's Mac format: the component runs lazily to `[pid]` or `:` (app names hold spaces),
  // and macOS may add ` (address)` before the colon. Inner repeats are bounded so that the lazy
  // component stays linear on hostile lines (an unbounded `[^)]*` took 2.7 s on 64 KiB of " (").
  header: new RegExp(
    String.raw`^(?:<(?<level>\d{1,3})>)?(?<time>${BSD_TIME}(?:\.\d+)?|${ISO_TIME}) +(?<host>\S+) +(?<component>.*?)(?:\[(?<pid>\d{1,10})\])?(?: \([^)]{0,256}\))?:\s+(?<content>.*)$`,
  ),
  readTimestamp: readBsdOrIsoTimestamp,
  readLevel: syslogPriorityLevel,
  yearless: true,
  specificity: 5,
});

export const opensshFormat = defineRegexFormat({
  name: "openssh",
  description: "OpenSSH: `Dec 10 06:55:46 LabSZ sshd[24200]: reverse mapping checking getaddrinfo for ...`",
  header: new RegExp(
    String.raw`^(?:<(?<level>\d{1,3})>)?(?<time>${BSD_TIME}) +(?<host>\S+) +(?<component>sshd)\[(?<pid>\d+)\]:\s+(?<content>.*)$`,
  ),
  readTimestamp: readSyslogTimestamp,
  readLevel: syslogPriorityLevel,
  yearless: true,
  specificity: 12,
});

export const rfc5424Format = defineRegexFormat({
  name: "rfc5424",
  description: "RFC 5424: `<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su 123 ID47 - 'su root' failed ...`",
  // PRI VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [BOM]MSG; `-` is the nil value.
  header:
    /^<(?<level>\d{1,3})>1 (?<time>\S+) (?<host>\S+) (?<component>\S+) (?<pid>\S+) \S+ (?:-|(?:\[(?:[^\]\\]|\\.)*\])+)(?: \uFEFF?(?<content>.*))?$/,
  readTimestamp: readIsoTimestamp,
  readLevel: syslogPriorityLevel,
  specificity: 10,
});
