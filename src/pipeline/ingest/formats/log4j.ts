/** log4j-style Java logs: Hadoop (ISO date, optional `[thread]`) and Spark (`yy/MM/dd`), as LogHub splits them. */
import { fullYear, readIsoTimestamp, utcMs } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

export const hadoopFormat = defineRegexFormat({
  name: "hadoop",
  description: "Hadoop/log4j: `2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop...MRAppMaster: Created ...`",
  header:
    /^(?<time>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}) +(?<level>[A-Z]+) +(?:\[.*?\] +)?(?<component>[^\s:]+):\s+(?<content>.*)$/,
  readTimestamp: readIsoTimestamp,
  specificity: 10,
});

export const sparkFormat = defineRegexFormat({
  name: "spark",
  description: "Spark/log4j: `17/06/09 20:10:40 INFO spark.SecurityManager: Changing view acls to: yarn,curi`",
  header: /^(?<time>\d{2}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}) +(?<level>[A-Z]+) +(?<component>[^\s:]+):\s+(?<content>.*)$/,
  readTimestamp: readSlashTimestamp,
  specificity: 10,
});

/** `yy/MM/dd HH:mm:ss`. */
function readSlashTimestamp(text: string): number | undefined {
  const n = (at: number): number => Number(text.slice(at, at + 2));
  return utcMs(fullYear(n(0)), n(3), n(6), n(9), n(12), n(15));
}
