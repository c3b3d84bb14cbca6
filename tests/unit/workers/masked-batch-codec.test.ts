import type { LogRecord } from "../../../src/domain/log-record";
import { decodeBatch, encodeBatch } from "../../../src/workers/masked-batch-codec";

const records: LogRecord[] = [
  { lineId: 1, raw: "2024-01-01 ERROR db: lost connection\n  at Pool.acquire", content: "lost connection", timestamp: 1704067200000, level: "ERROR", component: "db", pid: "42", host: "web-1" },
  { lineId: 3, raw: "plain line", content: "plain line" },
];
const forms = ["lost connection", "plain line"];

describe("masked batch codec", () => {
  it("round-trips every evidence field, with and without masked forms", () => {
    expect(decodeBatch(encodeBatch({ records, forms }, "evidence"))).toEqual({ records, forms });
    expect(decodeBatch(encodeBatch({ records }, "evidence"))).toEqual({ records });
  });

  it("sends only what sessions need when evidence is not asked for", () => {
    const decoded = decodeBatch(encodeBatch({ records, forms }, "sessions"));
    expect(decoded.forms).toEqual(forms);
    expect(decoded.records[0]).toEqual({ lineId: 1, raw: "lost connection", content: "lost connection", timestamp: 1704067200000 });
    expect(decoded.records[1].timestamp).toBeUndefined();
  });

  it("sends a masked record without its content when only templates are needed", () => {
    expect(decodeBatch(encodeBatch({ records, forms }, "templates"))).toEqual({
      records: [
        { lineId: 1, raw: "", content: "", timestamp: 1704067200000 },
        { lineId: 3, raw: "", content: "" },
      ],
      forms,
    });
    expect(decodeBatch(encodeBatch({ records }, "templates")).records[1].content).toBe("plain line");
  });

  it("keeps an empty batch empty", () => {
    expect(decodeBatch(encodeBatch({ records: [], forms: [] }, "sessions"))).toEqual({ records: [], forms: [] });
  });
});
