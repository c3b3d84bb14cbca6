/** The supercomputer logs of LogHub (BGL, Thunderbird, HPC); each carries a Unix-seconds field we read as the time. */
import { readEpoch } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

export const bglFormat = defineRegexFormat({
  name: "bgl",
  description: "Blue Gene/L: `- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO ...`",
  // Time is the Unix-seconds field: the later local-time field has no zone.
  header:
    /^\S+ (?<time>\d{9,11}) \d{4}\.\d{2}\.\d{2} (?<host>\S+) \d{4}-\d{2}-\d{2}-\d{2}\.\d{2}\.\d{2}\.\d+ \S+ \S+ (?<component>\S+) (?<level>\S+)\s+(?<content>.*)$/,
  readTimestamp: readEpoch,
  specificity: 10,
});

export const thunderbirdFormat = defineRegexFormat({
  name: "thunderbird",
  description: "Thunderbird: `- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: session closed ...`",
  // LogHub's component runs to the first `: ` (it may hold spaces), so ours does too. The pid is
  // bounded: an unbounded `[^\]]*` tried at every `[` made a 64 KiB line of `[` take 3 s.
  header:
    /^\S+ (?<time>\d{9,11}) \d{4}\.\d{2}\.\d{2} (?<host>\S+) [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} \S+ (?<component>.*?)(?:\[(?<pid>[^\]]{0,64})\])?:\s+(?<content>.*)$/,
  readTimestamp: readEpoch,
  specificity: 10,
});

export const hpcFormat = defineRegexFormat({
  name: "hpc",
  description: "HPC: `134681 node-246 unix.hw state_change.unavailable 1077804742 1 Component State Change: ...`",
  header: /^\d+ (?<host>\S+) (?<component>\S+) \S+ (?<time>\d{9,11}) -?\d+ (?<content>.*)$/,
  readTimestamp: readEpoch,
  // Six plain fields: the loosest of the registry's headers.
  specificity: 6,
});
