/** Hand-written logs of the formats the LogHub 2k sets do not cover, for detection and ingest tests. */

export const RFC5424_SAMPLE = [
  "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - BOM'su root' failed for lonvick on /dev/pts/8",
  "<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.",
  '<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"] An application event log entry...',
  "<13>1 2024-05-01T10:00:00Z web-1 nginx 311 - - upstream timed out (110: Connection timed out)",
];

export const OPENSSH_SAMPLE = [
  "Dec 10 06:55:46 LabSZ sshd[24200]: reverse mapping checking getaddrinfo for ns.marryaldkfaczcz.com [173.234.31.186] failed - POSSIBLE BREAK-IN ATTEMPT!",
  "Dec 10 06:55:46 LabSZ sshd[24200]: Invalid user webmaster from 173.234.31.186",
  "Dec 10 06:55:46 LabSZ sshd[24200]: input_userauth_request: invalid user webmaster [preauth]",
  "Dec 10 06:55:46 LabSZ sshd[24200]: pam_unix(sshd:auth): check pass; user unknown",
  "Dec 10 06:55:48 LabSZ sshd[24200]: Failed password for invalid user webmaster from 173.234.31.186 port 38926 ssh2",
  "Dec 10 07:02:47 LabSZ sshd[24203]: Connection closed by 212.47.254.145 [preauth]",
];

export const APACHE_ERROR_SAMPLE = [
  "[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok /etc/httpd/conf/workers2.properties",
  "[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6",
  "[Sun Dec 04 04:51:08 2005] [notice] jk2_init() Found child 6725 in scoreboard slot 10",
  "[Fri Sep 09 10:42:29.902022 2011] [core:error] [pid 35708:tid 4328636416] [client 72.15.99.187] File does not exist: /usr/local/apache2/htdocs/favicon.ico",
];

export const JSON_LINES_SAMPLE = [
  '{"ts":"2024-05-01T12:00:00.000Z","level":"info","logger":"api","msg":"request done","status":200}',
  '{"ts":"2024-05-01T12:00:01.000Z","level":"warn","logger":"api","msg":"slow request","ms":1800}',
  '{"time":1714564802000,"level":50,"name":"worker","msg":"job failed","pid":12}',
  '{"@timestamp":"2024-05-01T12:00:03Z","log.level":"error","message":"db down","service":{"name":"api"}}',
];

export const RFC3164_SAMPLE = [
  "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=218.188.2.4",
  "Jun 14 15:16:02 combo sshd(pam_unix)[19937]: check pass; user unknown",
  "Jun 15 02:04:59 combo kernel: Linux version 2.6.5-1.358 (bhcompile@bugs.build.redhat.com)",
  "Jun 15 04:06:18 combo su(pam_unix)[21416]: session opened for user cyrus by (uid=0)",
  "<30>Jun 15 04:06:19 combo systemd[1]: Started Daily apt upgrade and clean activities.",
];

/** Lines in the formats of LogHub's Android, Windows, Proxifier and OpenStack sets (https://github.com/logpai/loghub). */
export const OTHER_LOGHUB_SAMPLES = {
  android: [
    "03-17 16:13:38.859  2227  2227 D TextView: visible is system.time.showampm",
    "03-17 16:13:38.935  1702  3697 W ActivityManager: getRunningAppProcesses: caller 10113 does not hold REAL_GET_TASKS; limiting output",
    "03-17 16:13:45.466  1702 17632 W ActivityManager: java.lang.ClassCastException: android.os.BinderProxy cannot be cast to com.android.server.am.ActivityRecord$Token",
  ],
  windows: [
    "2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505 with Core: C:\\Windows\\winsxs\\cbscore.dll",
    "2016-09-28 04:30:31, Info                  CSI    00000001@2016/9/27:20:30:31.455 WcpInitialize (wcp.dll version 0.0.0.6) called",
    "2016-09-28 04:30:31, Info                  CBS    Ending TrustedInstaller initialization.",
  ],
  proxifier: [
    "[10.30 16:49:06] chrome.exe - proxy.cse.cuhk.edu.hk:5070 open through proxy proxy.cse.cuhk.edu.hk:5070 HTTPS",
    "[10.30 16:49:07] chrome.exe *64 - proxy.cse.cuhk.edu.hk:5070 close, 0 bytes sent, 0 bytes received, lifetime 00:01",
    "[10.30 17:02:17] putty.exe - 183.62.156.108:22 open through proxy socks.cse.cuhk.edu.hk:5070 SOCKS5",
  ],
  openstack: [
    "nova-compute.log.1.2017-05-16_13:55:31 2017-05-16 00:00:04.693 2931 INFO nova.compute.manager [req-3ea4052c - - - - -] [instance: b9000564] During sync_power_state the instance has a pending task (spawning). Skip.",
    'nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-38101a0b - - - - -] 10.11.10.1 "GET /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers/detail HTTP/1.1" status: 200 len: 1893 time: 0.2477829',
  ],
} as const;

/** A log4j line followed by a Java stack trace, as Hadoop writes one. */
export const JAVA_TRACE = [
  "2015-10-18 18:05:39,101 ERROR [main] org.apache.hadoop.mapred.YarnChild: Error running child : java.lang.NullPointerException: boom",
  "java.lang.NullPointerException: boom",
  "\tat org.apache.hadoop.mapred.MapTask.runNewMapper(MapTask.java:784)",
  "\tat org.apache.hadoop.mapred.MapTask.run(MapTask.java:341)",
  "Caused by: java.io.IOException: disk gone",
  "\tat org.apache.hadoop.fs.FSInputChecker.read(FSInputChecker.java:120)",
  "\t... 12 more",
  "2015-10-18 18:05:40,002 INFO [main] org.apache.hadoop.mapred.Task: Task attempt_1 done",
];
