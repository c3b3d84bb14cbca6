/** Windows CBS/servicing logs (LogHub `<Date> <Time>, <Level>                  <Component>    <Content>`). */
import { readIsoTimestamp } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

export const windowsFormat = defineRegexFormat({
  name: "windows",
  description: "Windows CBS: `2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505 ...`",
  header: /^(?<time>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}), (?<level>[A-Za-z]+)\s+(?<component>\S+)\s+(?<content>.*)$/,
  readTimestamp: readIsoTimestamp,
  specificity: 10,
});
