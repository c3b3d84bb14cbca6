/** Android logcat `threadtime` (LogHub `<Date> <Time>  <Pid>  <Tid> <Level> <Component>: <Content>`). */
import { fractionMs, utcMs } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

export const androidFormat = defineRegexFormat({
  name: "android",
  description: "Android logcat: `03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs ...`",
  // The tag runs to the first `: ` as in LogHub (tags may hold spaces); the level is one letter.
  header:
    /^(?<time>\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +(?<pid>\d+) +\d+ (?<level>[VDIWEFA]) (?<component>.*?):\s+(?<content>.*)$/,
  readTimestamp: readMonthDayTimestamp,
  readLevel: (letter) => ANDROID_LEVELS[letter],
  yearless: true,
  specificity: 10,
});

const ANDROID_LEVELS: Record<string, string> = { V: "TRACE", D: "DEBUG", I: "INFO", W: "WARN", E: "ERROR", F: "FATAL", A: "FATAL" };

/** `MM-dd HH:mm:ss.SSS`, which has no year. */
function readMonthDayTimestamp(text: string, assumedYear: number): number | undefined {
  const n = (at: number): number => Number(text.slice(at, at + 2));
  return utcMs(assumedYear, n(0), n(3), n(6), n(9), n(12), fractionMs(text.slice(15)));
}
