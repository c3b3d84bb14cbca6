/** Apache httpd error log, 2.2 (LogHub `[<Time>] [<Level>] <Content>`) and 2.4 (`[module:level] [pid N:tid M]`). */
import { fractionMs, monthNumber, utcMs } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

export const apacheErrorFormat = defineRegexFormat({
  name: "apache-error",
  description: "Apache error log: `[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok /etc/httpd/conf/workers2.properties`",
  header:
    /^\[(?<time>[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d+)? \d{4})\] \[(?:(?<component>[\w-]+):)?(?<level>[a-z]+\d?)\] (?:\[pid (?<pid>\d+)(?::tid \d+)?\] )?(?<content>.*)$/,
  readTimestamp: readApacheTimestamp,
  specificity: 10,
});

const APACHE_TIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/;

/** `Sun Dec 04 04:47:44 2005`, optionally with microseconds after the seconds. */
function readApacheTimestamp(text: string): number | undefined {
  const m = APACHE_TIME.exec(text);
  return m === null ? undefined : utcMs(+m[7], monthNumber(m[1]), +m[2], +m[3], +m[4], +m[5], fractionMs(m[6]));
}
