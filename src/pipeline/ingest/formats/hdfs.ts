/** HDFS (LogHub `<Date> <Time> <Pid> <Level> <Component>: <Content>`). */
import { fullYear, utcMs } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

export const hdfsFormat = defineRegexFormat({
  name: "hdfs",
  description: "HDFS: `081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 ...`",
  header: /^(?<time>\d{6} \d{6}) (?<pid>\d+) (?<level>[A-Z]+) (?<component>[^\s:]+):\s+(?<content>.*)$/,
  readTimestamp: readCompactTimestamp,
  cacheTimestamps: false,
  specificity: 10,
});

/** `yyMMdd HHmmss`, read from char codes: cheaper than slicing, and than a cache lookup. */
function readCompactTimestamp(text: string): number | undefined {
  const n = (at: number): number => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
  return text.length === 13 ? utcMs(fullYear(n(0)), n(2), n(4), n(7), n(9), n(11)) : undefined;
}
