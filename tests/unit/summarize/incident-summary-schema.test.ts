import { incidentSummarySchema, summarizeOffline } from "../../../src/pipeline/summarize";

import { hadoopNoRouteToHost } from "./fixtures/incident-builder";

describe("incidentSummarySchema", () => {
  const valid = summarizeOffline(hadoopNoRouteToHost);

  it("accepts a well-formed summary", () => {
    expect(incidentSummarySchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ["confidence above 1", { confidence: 1.2 }],
    ["negative confidence", { confidence: -0.1 }],
    ["an unknown severity", { severity: "urgent" }],
    ["an unknown provider", { provider: "gpt" }],
    ["an empty explanation", { explanation: "   " }],
    ["no remediation", { remediation: [] }],
    ["an unknown horizon", { remediation: [{ horizon: "someday", action: "x" }] }],
    ["an empty action", { remediation: [{ horizon: "immediate", action: "" }] }],
    ["an extra field", { extra: true }],
    ["an overlong explanation", { explanation: "x".repeat(4001) }],
  ])("rejects %s", (_name, change) => {
    expect(incidentSummarySchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
