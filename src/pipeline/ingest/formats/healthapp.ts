/** HealthApp (LogHub `<Time>|<Component>|<Pid>|<Content>`). */
import { utcMs } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

export const healthappFormat = defineRegexFormat({
  name: "healthapp",
  description: "HealthApp: `20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579`",
  header: /^(?<time>\d{8}-\d{1,2}:\d{1,2}:\d{1,2}:\d{1,3})\|(?<component>[^|]*)\|(?<pid>\d+)\|(?<content>.*)$/,
  readTimestamp: readHealthAppTimestamp,
  specificity: 10,
});

/** `yyyyMMdd-H:m:s:ms`, with fields not always zero-padded (`22:15:35:11` is 11 ms). */
function readHealthAppTimestamp(text: string): number | undefined {
  const [hour, minute, second, ms] = text.slice(9).split(":").map(Number);
  return utcMs(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)), hour, minute, second, ms);
}
