import type { LogRecord } from "../../../src/domain/log-record";
import { resolveSessionKeying } from "../../../src/pipeline/features";

const record = (content: string, timestamp?: number): LogRecord => ({ lineId: 1, raw: content, content, timestamp });

describe("resolveSessionKeying", () => {
  it("keeps an explicit keying", () => {
    expect(resolveSessionKeying({ kind: "regex", pattern: "job_(\\d+)" }, [])).toEqual({ kind: "regex", pattern: "job_(\\d+)" });
    expect(resolveSessionKeying({ kind: "window", seconds: 5 }, [record("blk_1")])).toEqual({ kind: "window", seconds: 5 });
  });

  it("picks block keying when most sampled lines name a block", () => {
    const sample = [record("Receiving block blk_-1 src"), record("Verification succeeded for blk_2"), record("no id")];
    expect(resolveSessionKeying({ kind: "auto" }, sample)).toEqual({ kind: "block" });
  });

  it("falls back to one-minute windows (time, or line windows in the collector) otherwise", () => {
    const sample = [record("a", 1000), record("blk_1 once", 2000), record("c", 3000)];
    expect(resolveSessionKeying({ kind: "auto" }, sample)).toEqual({ kind: "window", seconds: 60 });
    expect(resolveSessionKeying({ kind: "auto" }, [record("untimed")])).toEqual({ kind: "window", seconds: 60 });
    expect(resolveSessionKeying({ kind: "auto" }, [])).toEqual({ kind: "window", seconds: 60 });
  });
});
