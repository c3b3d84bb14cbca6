/** OpenStack services (LogHub `<Logrecord> <Date> <Time> <Pid> <Level> <Component> [<ADDR>] <Content>`). */
import { readIsoTimestamp } from "../timestamps";
import { defineRegexFormat } from "./regex-format";

export const openstackFormat = defineRegexFormat({
  name: "openstack",
  description: "OpenStack: `nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-…] …`",
  // The leading log-file name is optional (plain service logs start at the date); the request
  // context runs to the first `] ` as in LogHub.
  header:
    /^(?:\S+ )?(?<time>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+) (?<pid>\d+) (?<level>[A-Z]+) (?<component>\S+) \[[^\]]{0,512}?\] (?<content>.*)$/,
  readTimestamp: readIsoTimestamp,
  specificity: 10,
});
