import { createMetrics, recordSummaryUsage } from "../../../src/api/metrics";
import type { SummaryInput } from "../../../src/store";

const summary = (overrides: Partial<SummaryInput>): SummaryInput => ({
  incidentId: "inc-1", provider: "offline", model: "offline-rules-v1", explanation: "e", rootCause: "r", severity: "high", confidence: 0.5, remediation: [], ...overrides,
});

describe("LLM usage metrics", () => {
  it("adds up the tokens and cost of LLM summaries by provider and model, and nothing for offline ones", async () => {
    const metrics = createMetrics();
    const usage = { inputTokens: 1200, outputTokens: 300, costUsd: 0.0081, latencyMs: 900 };
    recordSummaryUsage(metrics, [
      summary({ provider: "anthropic", model: "claude-x", usage }),
      summary({ provider: "anthropic", model: "claude-x", usage: { ...usage, inputTokens: 800 } }),
      summary({}),
    ]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('flare_llm_tokens_total{provider="anthropic",model="claude-x",direction="input"} 2000');
    expect(text).toContain('flare_llm_tokens_total{provider="anthropic",model="claude-x",direction="output"} 600');
    expect(text).toContain('flare_llm_cost_usd_total{provider="anthropic",model="claude-x"} 0.0162');
    expect(text).not.toContain('provider="offline"');
  });
});
