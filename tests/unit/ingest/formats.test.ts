import { FORMAT_NAMES, FORMATS, formatByName, type FormatName, type HeaderFields } from "../../../src/pipeline/ingest";

interface Case {
  format: FormatName;
  line: string;
  fields: HeaderFields;
  /** ISO time the header's time reads as (year 2000 assumed where the header has none). */
  time?: string;
}

// One exact line per format, with the split LogHub's log_format would give (plus our field names).
// Lines of LogHub systems are LogHub's (https://github.com/logpai/loghub), some shortened.
const CASES: Case[] = [
  {
    format: "hdfs",
    line: "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating",
    fields: { time: "081109 203615", pid: "148", level: "INFO", component: "dfs.DataNode$PacketResponder", content: "PacketResponder 1 for block blk_38865049064139660 terminating" },
    time: "2008-11-09T20:36:15.000Z",
  },
  {
    format: "hadoop",
    line: "2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Executing with tokens:   ",
    fields: { time: "2015-10-18 18:01:47,978", level: "INFO", component: "org.apache.hadoop.mapreduce.v2.app.MRAppMaster", content: "Executing with tokens:" },
    time: "2015-10-18T18:01:47.978Z",
  },
  {
    format: "spark",
    line: "17/06/09 20:10:40 INFO spark.SecurityManager: Changing view acls to: yarn,curi",
    fields: { time: "17/06/09 20:10:40", level: "INFO", component: "spark.SecurityManager", content: "Changing view acls to: yarn,curi" },
    time: "2017-06-09T20:10:40.000Z",
  },
  {
    format: "zookeeper",
    line: "2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@774] - Notification time out: 3200",
    fields: { time: "2015-07-29 17:41:44,747", level: "INFO", component: "FastLeaderElection", content: "Notification time out: 3200" },
    time: "2015-07-29T17:41:44.747Z",
  },
  {
    format: "bgl",
    line: "- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected",
    fields: { time: "1117838570", host: "R02-M1-N0-C:J12-U11", component: "KERNEL", level: "INFO", content: "instruction cache parity error corrected" },
    time: "2005-06-03T22:42:50.000Z",
  },
  {
    format: "thunderbird",
    line: "- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: session closed for user root",
    fields: { time: "1131566461", host: "dn228", component: "crond(pam_unix)", pid: "2915", content: "session closed for user root" },
    time: "2005-11-09T20:01:01.000Z",
  },
  {
    format: "hpc",
    line: "134681 node-246 unix.hw state_change.unavailable 1077804742 1 Component State Change: Component \\042alt0\\042 is in the unavailable state",
    fields: { time: "1077804742", host: "node-246", component: "unix.hw", content: "Component State Change: Component \\042alt0\\042 is in the unavailable state" },
    time: "2004-02-26T14:12:22.000Z",
  },
  {
    format: "healthapp",
    line: "20171223-22:15:35:11|Step_SPUtils|30002312| getTodayTotalDetailSteps = 1514038440000##7015",
    fields: { time: "20171223-22:15:35:11", component: "Step_SPUtils", pid: "30002312", content: " getTodayTotalDetailSteps = 1514038440000##7015" },
    time: "2017-12-23T22:15:35.011Z",
  },
  {
    format: "rfc3164",
    line: "Jul  1 09:29:02 calvisitor-10-105-160-95 sandboxd[129] ([31211]): com.apple.Addres(31211) deny network-outbound",
    fields: { time: "Jul  1 09:29:02", host: "calvisitor-10-105-160-95", component: "sandboxd", pid: "129", content: "com.apple.Addres(31211) deny network-outbound" },
    time: "2000-07-01T09:29:02.000Z",
  },
  {
    format: "rfc3164",
    line: "<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8",
    fields: { time: "Oct 11 22:14:15", level: "CRITICAL", host: "mymachine", component: "su", content: "'su root' failed for lonvick on /dev/pts/8" },
    time: "2000-10-11T22:14:15.000Z",
  },
  {
    format: "rfc5424",
    line: "<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - [exampleSDID@32473 iut=\"3\"] \uFEFF%% It's time to make the do-nuts.",
    fields: { time: "2003-08-24T05:14:15.000003-07:00", level: "NOTICE", host: "192.0.2.1", component: "myproc", pid: "8710", content: "%% It's time to make the do-nuts." },
    time: "2003-08-24T12:14:15.000Z",
  },
  {
    format: "openssh",
    line: "Dec 10 06:55:46 LabSZ sshd[24200]: reverse mapping checking getaddrinfo for ns.marryaldkfaczcz.com [173.234.31.186] failed",
    fields: { time: "Dec 10 06:55:46", host: "LabSZ", component: "sshd", pid: "24200", content: "reverse mapping checking getaddrinfo for ns.marryaldkfaczcz.com [173.234.31.186] failed" },
    time: "2000-12-10T06:55:46.000Z",
  },
  {
    format: "apache-error",
    line: "[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok /etc/httpd/conf/workers2.properties",
    fields: { time: "Sun Dec 04 04:47:44 2005", level: "notice", content: "workerEnv.init() ok /etc/httpd/conf/workers2.properties" },
    time: "2005-12-04T04:47:44.000Z",
  },
  {
    format: "apache-error",
    line: "[Fri Sep 09 10:42:29.902022 2011] [core:error] [pid 35708:tid 4328636416] [client 72.15.99.187] File does not exist: /usr/local/apache2/htdocs/favicon.ico",
    fields: { time: "Fri Sep 09 10:42:29.902022 2011", component: "core", level: "error", pid: "35708", content: "[client 72.15.99.187] File does not exist: /usr/local/apache2/htdocs/favicon.ico" },
    time: "2011-09-09T10:42:29.902Z",
  },
  {
    format: "json-lines",
    line: '{"@timestamp":"2024-05-01T12:00:00.250+02:00","log.level":"warn","logger":"api.http","pid":4242,"host":{"name":"web-1"},"msg":"slow request"}',
    fields: { time: "2024-05-01T12:00:00.250+02:00", level: "warn", component: "api.http", pid: "4242", host: "web-1", content: "slow request" },
    time: "2024-05-01T10:00:00.250Z",
  },
  {
    format: "json-lines",
    line: '{"level":50,"time":1714564800123,"msg":"db down"}',
    fields: { time: "1714564800123", level: "ERROR", content: "db down" },
    time: "2024-05-01T12:00:00.123Z",
  },
  {
    format: "android",
    line: "03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogsopening app wtoken = AppWindowToken{9f4ef63 token=Token{a64f992}}",
    fields: { time: "03-17 16:13:38.811", pid: "1702", level: "DEBUG", component: "WindowManager", content: "printFreezingDisplayLogsopening app wtoken = AppWindowToken{9f4ef63 token=Token{a64f992}}" },
    time: "2000-03-17T16:13:38.811Z",
  },
  {
    format: "windows",
    line: "2016-09-28 04:30:31, Info                  CBS    SQM: Initializing online with Windows opt-in: False",
    fields: { time: "2016-09-28 04:30:31", level: "Info", component: "CBS", content: "SQM: Initializing online with Windows opt-in: False" },
    time: "2016-09-28T04:30:31.000Z",
  },
  {
    format: "proxifier",
    line: "[10.30 16:49:07] chrome.exe *64 - proxy.cse.cuhk.edu.hk:5070 close, 0 bytes sent, 0 bytes received, lifetime 00:01",
    fields: { time: "10.30 16:49:07", component: "chrome.exe *64", content: "proxy.cse.cuhk.edu.hk:5070 close, 0 bytes sent, 0 bytes received, lifetime 00:01" },
    time: "2000-10-30T16:49:07.000Z",
  },
  {
    format: "openstack",
    line: "nova-compute.log.1.2017-05-16_13:55:31 2017-05-16 00:00:04.693 2931 INFO nova.compute.manager [req-3ea4052c-895d - - - - -] [instance: b9000564-fe1a] During sync_power_state the instance has a pending task (spawning). Skip.",
    fields: { time: "2017-05-16 00:00:04.693", pid: "2931", level: "INFO", component: "nova.compute.manager", content: "[instance: b9000564-fe1a] During sync_power_state the instance has a pending task (spawning). Skip." },
    time: "2017-05-16T00:00:04.693Z",
  },
  {
    format: "generic",
    line: "2024-05-01 12:00:00,5 [ERROR] something broke",
    fields: { time: "2024-05-01 12:00:00,5", level: "ERROR", content: "something broke" },
    time: "2024-05-01T12:00:00.500Z",
  },
  {
    format: "generic",
    line: "[main] Error reading config",
    fields: { content: "[main] Error reading config" },
  },
];

describe("format registry", () => {
  it("has one entry per format name, in FORMAT_NAMES order", () => {
    expect(FORMATS.map((format) => format.name)).toEqual([...FORMAT_NAMES]);
  });

  it("rejects an unknown name as a configuration error", () => {
    expect(() => formatByName("nope" as FormatName)).toThrow(/unknown log format "nope"/);
  });

  it.each(CASES.map((c) => [c.format, c.line.slice(0, 40), c] as const))("%s splits %s…", (_name, _line, c) => {
    const fields = formatByName(c.format).parse(c.line);
    expect(fields).toEqual(expect.objectContaining(c.fields));
    for (const key of ["time", "level", "component", "pid", "host"] as const) {
      expect(fields?.[key]).toBe(c.fields[key]);
    }
  });

  it.each(CASES.filter((c) => c.time !== undefined).map((c) => [c.format, c] as const))("%s reads its time", (_name, c) => {
    const format = formatByName(c.format);
    const time = format.parse(c.line)?.time ?? "";
    expect(new Date(format.readTimestamp(time, 2000) ?? NaN).toISOString()).toBe(c.time);
  });

  it("rejects lines of other shapes", () => {
    expect(formatByName("hdfs").parse("2015-10-18 18:01:47,978 INFO [main] a.B: x")).toBeUndefined();
    expect(formatByName("json-lines").parse("{not json")).toBeUndefined();
    expect(formatByName("json-lines").parse("[1, 2]")).toBeUndefined();
  });

  it("returns undefined for unreadable times instead of throwing", () => {
    expect(formatByName("hdfs").readTimestamp("081399 256199", 2000)).toBeUndefined();
    expect(formatByName("rfc5424").readTimestamp("-", 2000)).toBeUndefined();
  });
});

describe("header parsing on hostile lines", () => {
  // Lazy header groups backtrack; bounded inner repeats keep them linear (quadratic cases took
  // seconds). That growth is measured by `npm run bench -- scaling` (header-parse-*); here, the answer.
  it.each([" (", "[", " ([", ":", "[1"])("rejects 64 KiB of %j after a header, or keeps all of it as content, in every format", (unit) => {
    const body = unit.repeat(Math.floor(65536 / unit.length));
    const cutting = FORMATS.filter((format) =>
      [`Jul  1 09:00:55 host ${body}`, `- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 ${body}`].some((line) => {
        const fields = format.parse(line);
        return fields !== undefined && !fields.content.endsWith(body);
      }),
    );
    expect(cutting.map((format) => format.name)).toEqual([]);
  });
});
