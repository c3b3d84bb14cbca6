/** The formats ingest knows, as data: detection tries them all, `--format NAME` picks one. */
import type { FormatName, LogFormat } from "./log-format";
import { androidFormat } from "./formats/android";
import { apacheErrorFormat } from "./formats/apache-error";
import { genericFormat } from "./formats/generic";
import { hdfsFormat } from "./formats/hdfs";
import { healthappFormat } from "./formats/healthapp";
import { jsonLinesFormat } from "./formats/json-lines";
import { hadoopFormat, sparkFormat } from "./formats/log4j";
import { openstackFormat } from "./formats/openstack";
import { proxifierFormat } from "./formats/proxifier";
import { bglFormat, hpcFormat, thunderbirdFormat } from "./formats/supercomputers";
import { opensshFormat, rfc3164Format, rfc5424Format } from "./formats/syslog";
import { windowsFormat } from "./formats/windows";
import { zookeeperFormat } from "./formats/zookeeper";

export const FORMATS: readonly LogFormat[] = [
  hdfsFormat,
  hadoopFormat,
  sparkFormat,
  zookeeperFormat,
  bglFormat,
  thunderbirdFormat,
  hpcFormat,
  healthappFormat,
  rfc3164Format,
  rfc5424Format,
  opensshFormat,
  apacheErrorFormat,
  jsonLinesFormat,
  androidFormat,
  windowsFormat,
  proxifierFormat,
  openstackFormat,
  genericFormat,
];

const BY_NAME = new Map<string, LogFormat>(FORMATS.map((format) => [format.name, format]));

/** The format called `name`; a name outside FORMAT_NAMES is a configuration error, so it throws. */
export function formatByName(name: FormatName): LogFormat {
  const format = BY_NAME.get(name);
  if (format === undefined) {
    throw new RangeError(`unknown log format "${name}"; expected one of: ${[...BY_NAME.keys()].join(", ")}`);
  }
  return format;
}
