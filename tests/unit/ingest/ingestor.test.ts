import { createIngestor, type IngestOptions, type RawLine } from "../../../src/pipeline/ingest";
import type { LogRecord } from "../../../src/domain/log-record";
import { JAVA_TRACE, OPENSSH_SAMPLE } from "./samples";

const numbered = (texts: string[], first = 1): RawLine[] => texts.map((text, i) => ({ lineNo: first + i, text }));

function ingest(texts: string[], options?: IngestOptions) {
  const ingestor = createIngestor(options);
  const records: LogRecord[] = [];
  for (const line of numbered(texts)) {
    records.push(...ingestor.push(line));
  }
  records.push(...ingestor.end());
  return { records, stats: ingestor.stats(), ingestor };
}

const hadoopLine = (n: number) => `2015-10-18 18:01:${String(n).padStart(2, "0")},000 INFO [main] a.b.C: event ${n}`;

describe("createIngestor", () => {
  it("folds a Java stack trace into the record before it: raw holds the trace, content the first line", () => {
    const { records, stats } = ingest(JAVA_TRACE);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      lineId: 1,
      content: "Error running child : java.lang.NullPointerException: boom",
      level: "ERROR",
      component: "org.apache.hadoop.mapred.YarnChild",
      raw: JAVA_TRACE.slice(0, 7).join("\n"),
    });
    expect(records[1]).toMatchObject({ lineId: 8, content: "Task attempt_1 done", raw: JAVA_TRACE[7] });
    expect(stats).toMatchObject({ lines: 8, records: 2, skipped: {}, format: "hadoop", confidence: 1 });
  });

  it("caps a folded record by lines, counting the dropped lines as too-long", () => {
    const trace = [hadoopLine(1), ...Array.from({ length: 10 }, (_, i) => `\tat frame${i}`), hadoopLine(2)];
    const { records, stats } = ingest(trace, { format: "hadoop", maxRecordLines: 4 });
    expect(records[0].raw.split("\n")).toEqual(trace.slice(0, 4));
    expect(records[1].lineId).toBe(12);
    expect(stats.skipped).toEqual({ "too-long": 7 });
  });

  it("caps a folded record by characters", () => {
    const trace = [hadoopLine(1), `\tat ${"x".repeat(50)}`, `\tat ${"y".repeat(50)}`];
    const { records, stats } = ingest(trace, { format: "hadoop", maxRecordChars: 120 });
    expect(records[0].raw.split("\n")).toHaveLength(2);
    expect(stats.skipped).toEqual({ "too-long": 1 });
  });

  it("skips and counts lines before the first header line", () => {
    const { records, stats } = ingest(["\tat orphan.frame(X.java:1)", "garbage", hadoopLine(1)], { format: "hadoop" });
    expect(records.map((record) => record.lineId)).toEqual([3]);
    expect(stats.skipped).toEqual({ "no-header": 2 });
  });

  it("accepts any line in the generic format but still folds traces into it", () => {
    const { records, stats } = ingest(["free text one", "java.lang.IllegalStateException: bad", "\tat x.Y.z(Y.java:3)", "free text two"], { format: "generic" });
    expect(records.map((record) => [record.lineId, record.content])).toEqual([
      [1, "free text one"],
      [4, "free text two"],
    ]);
    expect(records[0].raw.split("\n")).toHaveLength(3);
    expect(stats.skipped).toEqual({});
  });

  it("buffers a detection sample and then releases every record in order", () => {
    const lines = Array.from({ length: 450 }, (_, i) => hadoopLine(i % 60));
    const ingestor = createIngestor({ detectionSampleLines: 200 });
    const released: number[] = [];
    numbered(lines).forEach((line, i) => {
      const records = ingestor.push(line);
      if (i < 199) {
        expect(records).toEqual([]);
        expect(ingestor.format).toBeUndefined();
      }
      released.push(...records.map((record) => record.lineId));
    });
    expect(ingestor.format).toBe("hadoop");
    released.push(...ingestor.end().map((record) => record.lineId));
    expect(released).toEqual(lines.map((_, i) => i + 1));
  });

  it("detects at end() when the input is shorter than the sample", () => {
    const { records, stats } = ingest(OPENSSH_SAMPLE);
    expect(stats.format).toBe("openssh");
    expect(records).toHaveLength(OPENSSH_SAMPLE.length);
    expect(records[0]).toMatchObject({ host: "LabSZ", component: "sshd", pid: "24200" });
  });

  it("gives the same records through pushLines as through push", () => {
    const lines = numbered([...JAVA_TRACE, ...JAVA_TRACE]);
    const one = createIngestor();
    const batched = createIngestor();
    const singly = [...lines.flatMap((line) => one.push(line)), ...one.end()];
    expect([...batched.pushLines(lines), ...batched.end()]).toEqual(singly);
  });

  it("normalises level words", () => {
    const { records } = ingest(["2024-05-01 12:00:00 WARNING disk low", "2024-05-01 12:00:01 ERR gone"], { format: "generic" });
    expect(records.map((record) => record.level)).toEqual(["WARN", "ERROR"]);
  });

  it("counts blank lines given to it directly", () => {
    expect(ingest(["", "  ", hadoopLine(1)], { format: "hadoop" }).stats.skipped).toEqual({ empty: 2 });
  });

  it("assumes the reference year for yearless headers and steps it at a December → January wrap", () => {
    const lines = ["Dec 31 23:59:59 h app[1]: last", "Jan  1 00:00:01 h app[1]: first"];
    const { records } = ingest(lines, { format: "rfc3164", referenceYear: 2023 });
    expect(records.map((record) => new Date(record.timestamp ?? NaN).toISOString())).toEqual([
      "2023-12-31T23:59:59.000Z",
      "2024-01-01T00:00:01.000Z",
    ]);
  });

  it("defaults the assumed year to 2000", () => {
    const { records } = ingest(["Feb 29 10:00:00 h app[1]: leap"], { format: "rfc3164" });
    expect(new Date(records[0].timestamp ?? NaN).toISOString()).toBe("2000-02-29T10:00:00.000Z");
  });

  it("redacts secrets before they reach raw or content, counting them by kind", () => {
    const { records, stats } = ingest([`${hadoopLine(1)} password=hunter2 url=https://bob:pw@example.com/x`], { format: "hadoop" });
    expect(records[0].content).toBe("event 1 password=<REDACTED:secret-value> url=https://<REDACTED:url-credentials>@example.com/x");
    expect(records[0].raw).not.toMatch(/hunter2|bob:pw/);
    expect(stats.redactions).toEqual({ "secret-value": 1, "url-credentials": 1 });
  });

  it("drops the body of a private key block that spans lines", () => {
    const lines = [`${hadoopLine(1)} loaded -----BEGIN RSA PRIVATE KEY-----`, "MIIEowIBAAKCAQEA1234", "abcdEFGH5678", "-----END RSA PRIVATE KEY-----", hadoopLine(2)];
    const { records, stats } = ingest(lines, { format: "hadoop" });
    expect(records.map((record) => record.raw)).toEqual([`${hadoopLine(1)} loaded <REDACTED:private-key>`, hadoopLine(2)]);
    expect(stats.redactions).toEqual({ "private-key": 1 });
  });

  it("rejects bad options at construction", () => {
    expect(() => createIngestor({ maxRecordLines: 0 })).toThrow(/maxRecordLines/);
    expect(() => createIngestor({ referenceYear: 1999.5 })).toThrow(/referenceYear/);
  });
});
