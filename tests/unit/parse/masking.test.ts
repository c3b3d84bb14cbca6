import { DEFAULT_MASKING_RULES } from "../../../src/pipeline/parse";
import { maskLine } from "../../../src/pipeline/parse/line-masker";
import { findMaskingRule } from "../../../src/pipeline/parse/masking";
import { classesOf, LETTER } from "../../../src/pipeline/parse/char-classes";

const mask = (line: string): string => maskLine(line, DEFAULT_MASKING_RULES);

describe("maskLine", () => {
  it.each([
    ["plain prose is returned as is", "Send worker leaving thread", "Send worker leaving thread"],
    ["numbers", "PacketResponder 1 for block terminating", "PacketResponder <*> for block terminating"],
    ["signed ids after an underscore", "Verification succeeded for blk_-4980916519894289629", "Verification succeeded for <*>"],
    ["ids joined by underscores are one value", "Created MRAppMaster for application appattempt_1445144423722_0020_000001", "Created MRAppMaster for application <*>"],
    ["IPv4 with port", "blockMap updated: 10.251.73.220:50010 is added", "blockMap updated: <*> is added"],
    ["IPv4 with a leading slash", "from /10.251.42.84", "from <*>"],
    ["host/IPv4:port", "Connecting to msra-sa-41/10.190.173.170:9000", "Connecting to <*>"],
    ["IPv4:port glued to a word", "10.251.194.213:50010:Got exception", "<*>:Got exception"],
    ["host:port", "server: msra-sa-41:9000.", "server: <*>."],
    ["counters keep their name", "HostLocal:22 RackLocal:0", "HostLocal:<*> RackLocal:<*>"],
    ["source positions keep the file", "[ib_sm_sweep.c:1455]: No topology change", "[ib_sm_sweep.c:<*>]: No topology change"],
    ["numbered hosts in a domain", "Resolved MININT-FNANLI5.fareast.corp.microsoft.com to x", "Resolved <*> to x"],
    ["Java names are not hosts", "class org.apache.hadoop.mapreduce.v2.app.MRAppMaster", "class org.apache.hadoop.mapreduce.<*>.app.MRAppMaster"],
    ["hex values", "mask 0xE0000340 at 00ce22e8", "mask <*> at <*>"],
    ["decimals", "Times: total = 26.0, boot = 1.5", "Times: total = <*>, boot = <*>"],
    ["absolute paths", "Deleting block file /mnt/hadoop/dfs/data/current/subdir5/blk_17", "Deleting block file <*>"],
    ["paths with empty segments", "source path:/var/log//x.pcapng, dest", "source path:<*>, dest"],
    ["relative paths are prose", "power/control problem", "power/control problem"],
    ["URLs", "see http://wiki.apache.org/hadoop/NoRouteToHost now", "see <*> now"],
    ["UUIDs", "id 123e4567-e89b-12d3-a456-426614174000 ok", "id <*> ok"],
    ["MAC addresses", "DHCPACK on 00:11:43:e3:ba:c3 via eth1", "DHCPACK on <*> via eth1"],
    ["IPv6 addresses", "address fe80::1c8a:3fff:fe9b:1 has no prefix", "address <*> has no prefix"],
    ["clock times stay split", "at 09:00:55 now", "at <*>:<*>:<*> now"],
    ["written-out dates are one value", "status=M Fri Jul 01 08:16:53 PDT 2005", "status=M <*>"],
    ["sizes fold their unit", "(estimated size 5.8 KB, free 408.5 MB)", "(estimated size <*>, free <*>)"],
    ["bytes stay a word", "2087 bytes result sent", "<*> bytes result sent"],
    ["key=value keeps the key", "dbcr0=0x0 fpr29=0x1 uid=0", "dbcr0=<*> fpr29=<*> uid=<*>"],
    ["key=path", "Server environment:user.dir=/home/curi/x", "Server environment:user.dir=<*>"],
    ["scheme:path", "Extract jar:file:/tmp/hadoop/x.jar to y", "Extract jar:file:<*> to y"],
    ["literal values", "(root) CMD (true) from=root, null", "(<*>) CMD (<*>) from=<*>, <*>"],
    ["words containing a literal value stay", "rooted nullable", "rooted nullable"],
    ["short names with one digit stay", "via interface eth0 ssh2 IPv6 scip0", "via interface eth0 ssh2 IPv6 scip0"],
    ["longer runs with one digit are values", "Thunderbird_A8 part-00590", "<*> part-<*>"],
    ["angle brackets go with the value", "headroom=<memory:1024, vCores:1>", "headroom=<memory:<*>, vCores:<*>"],
    ["dotted parameters are one", "msgid=<2005.jA9J1UvC004306@x>", "msgid=<*>@x>"],
    ["spacing is kept", "a  1\tb", "a  <*>\tb"],
    ["empty line", "", ""],
  ])("masks %s", (_case, line, masked) => {
    expect(mask(line)).toBe(masked);
  });

  it("returns the same string object when nothing is masked", () => {
    const line = "caught end of stream exception";
    expect(mask(line)).toBe(line);
  });
});

describe("DEFAULT_MASKING_RULES", () => {
  it.each([
    ["url", "https://example.com/x?y=1"],
    ["uuid", "123e4567-e89b-12d3-a456-426614174000"],
    ["mac-address", "00:11:43:e3:ba:c3"],
    ["ipv4-endpoint", "10.0.0.1:80"],
    ["ipv6-address", "fe80::1"],
    ["host-endpoint", "proxy.cse.cuhk.edu.hk:5070"],
    ["hostname", "tbird-admin1.ca.sandia.gov"],
    ["path", "/var/log/messages"],
  ])("the %s rule matches %s first", (name, value) => {
    expect(findMaskingRule(value, classesOf(value), DEFAULT_MASKING_RULES)?.name).toBe(name);
  });

  it("are tried in order, so callers can put their own first", () => {
    const ticket = { name: "url" as const, pattern: /^TICKET-\d+$/, needs: 0, first: LETTER, minLength: 1 };
    expect(maskLine("closed TICKET-12", [ticket, ...DEFAULT_MASKING_RULES])).toBe("closed <*>");
  });
});
