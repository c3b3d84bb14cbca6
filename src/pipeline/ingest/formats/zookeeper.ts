/** ZooKeeper (LogHub `<Date> <Time> - <Level>  [<Node>:<Component>@<Id>] - <Content>`). */
import { readIsoTimestamp } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

export const zookeeperFormat = defineRegexFormat({
  name: "zookeeper",
  description: "ZooKeeper: `2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@774] - Notification ...`",
  // The component is the class before `@line`; the thread before it may itself hold colons and brackets.
  header:
    /^(?<time>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}) +(?:\[myid:\d*\] +)?- +(?<level>[A-Z]+) +\[(?:.*?:)?(?<component>[^:@\s\]]+)@\d+\] +- +(?<content>.*)$/,
  readTimestamp: readIsoTimestamp,
  specificity: 10,
});
