/** Proxifier (LogHub `[<Time>] <Program> - <Content>`). */
import { utcMs } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

export const proxifierFormat = defineRegexFormat({
  name: "proxifier",
  description: "Proxifier: `[10.30 16:49:06] chrome.exe - proxy.cse.cuhk.edu.hk:5070 open through proxy ...`",
  // The program runs to the first ` - ` (`chrome.exe *64` holds a space), as in LogHub.
  header: /^\[(?<time>\d{2}\.\d{2} \d{2}:\d{2}:\d{2})\] (?<component>.*?) - (?<content>.*)$/,
  readTimestamp: readMonthDotDayTimestamp,
  yearless: true,
  specificity: 10,
});

/** `MM.dd HH:mm:ss`, which has no year. */
function readMonthDotDayTimestamp(text: string, assumedYear: number): number | undefined {
  const n = (at: number): number => Number(text.slice(at, at + 2));
  return utcMs(assumedYear, n(0), n(3), n(6), n(9), n(12));
}
