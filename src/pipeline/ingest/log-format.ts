/** The shape of a log format in the registry: how a header line splits into fields, and how its time reads. */

export const FORMAT_NAMES = [
  "hdfs",
  "hadoop",
  "spark",
  "zookeeper",
  "bgl",
  "thunderbird",
  "hpc",
  "healthapp",
  "rfc3164",
  "rfc5424",
  "openssh",
  "apache-error",
  "json-lines",
  "android",
  "windows",
  "proxifier",
  "openstack",
  "generic",
] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

/** The parts of one header line; every field but `content` is optional because formats carry different headers. */
export interface HeaderFields {
  time?: string;
  level?: string;
  component?: string;
  pid?: string;
  host?: string;
  content: string;
}

export interface LogFormat {
  name: FormatName;
  /** One line for humans, with an example header. */
  description: string;
  /**
   * Header regex with named groups among `time`, `level`, `component`, `pid`, `host`, `content`.
   * It is the format's definition; `parse` runs a compiled copy of it (see regex-format.ts).
   */
  header: RegExp;
  /** Splits one line into fields; undefined when the line is not a header line of this format. */
  parse(line: string): HeaderFields | undefined;
  /** Milliseconds since the epoch for a `time` field, or undefined when unreadable. */
  readTimestamp(time: string, assumedYear: number): number | undefined;
  /** True when headers carry no year (BSD syslog): the ingestor supplies one and tracks year rollover. */
  yearless: boolean;
  /**
   * Whether the ingestor reuses the last reading while the time text repeats. False where reading
   * is cheaper than comparing the strings (HDFS: ~30 ns a line saved on HDFS_v1-like files).
   */
  cacheTimestamps: boolean;
  /**
   * Detection tie-break: when two formats match a sample equally well, the higher wins
   * (OpenSSH lines are also RFC 3164 lines; the narrower format says more about them).
   */
  specificity: number;
}
