import { readFileSync } from "node:fs";
import { detectFormat, MIN_DETECTION_CONFIDENCE, type FormatName } from "../../../src/pipeline/ingest";
import { LOGHUB_2K_SYSTEMS, loghubLogPath, type LoghubSystem } from "../../support/shared-data";
import { APACHE_ERROR_SAMPLE, JAVA_TRACE, JSON_LINES_SAMPLE, OPENSSH_SAMPLE, OTHER_LOGHUB_SAMPLES, RFC3164_SAMPLE, RFC5424_SAMPLE } from "./samples";

const EXPECTED: Record<LoghubSystem, FormatName> = {
  HDFS: "hdfs",
  Hadoop: "hadoop",
  Spark: "spark",
  Zookeeper: "zookeeper",
  BGL: "bgl",
  HPC: "hpc",
  Thunderbird: "thunderbird",
  HealthApp: "healthapp",
  Mac: "rfc3164",
};


describe("detectFormat on the LogHub 2k files", () => {
  it.each(LOGHUB_2K_SYSTEMS.map((system) => [system, EXPECTED[system]]))("%s → %s", (system, format) => {
    const lines = readFileSync(loghubLogPath(system), "utf8").split("\n");
    expect(detectFormat(lines)).toEqual({ format, confidence: 1 });
  });
});

describe("detectFormat on hand-written samples", () => {
  it.each([
    ["rfc5424", RFC5424_SAMPLE],
    ["openssh", OPENSSH_SAMPLE],
    ["apache-error", APACHE_ERROR_SAMPLE],
    ["json-lines", JSON_LINES_SAMPLE],
    ["rfc3164", RFC3164_SAMPLE],
    ...Object.entries(OTHER_LOGHUB_SAMPLES),
  ] as [FormatName, readonly string[]][])("%s", (format, sample) => {
    expect(detectFormat(sample)).toEqual({ format, confidence: 1 });
  });

  it("breaks a tie towards the more specific format (OpenSSH lines are RFC 3164 lines too)", () => {
    expect(detectFormat(OPENSSH_SAMPLE).format).toBe("openssh");
    expect(detectFormat([...OPENSSH_SAMPLE, RFC3164_SAMPLE[0]]).format).toBe("rfc3164");
  });

  it("leaves stack-trace lines out of the match rate", () => {
    expect(detectFormat(JAVA_TRACE)).toEqual({ format: "hadoop", confidence: 1 });
  });

  it("falls back to generic below the threshold, reporting the best specific match rate", () => {
    const mixed = [RFC5424_SAMPLE[0], "hello world", "another free-form line", "and one more"];
    const detection = detectFormat(mixed);
    expect(detection.format).toBe("generic");
    expect(detection.confidence).toBeLessThan(MIN_DETECTION_CONFIDENCE);
    expect(detection.confidence).toBeCloseTo(0.25);
  });

  it("calls an empty sample generic with confidence 0", () => {
    expect(detectFormat([])).toEqual({ format: "generic", confidence: 0 });
    expect(detectFormat(["", "   "])).toEqual({ format: "generic", confidence: 0 });
  });

  it("looks at the first 200 entry lines only", () => {
    const sample = [...Array(200).fill(APACHE_ERROR_SAMPLE[0]), ...Array(300).fill(OPENSSH_SAMPLE[0])];
    expect(detectFormat(sample).format).toBe("apache-error");
  });
});
