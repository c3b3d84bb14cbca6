/**
 * Prometheus metrics at GET /metrics: GraphQL operations and their latency, and what the
 * analyses processed. One registry per server, so tests and several servers never collide.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { SummaryInput } from "../store";

export interface FlareMetrics {
  registry: Registry;
  batchesAnalyzed: Counter<"status">;
  linesAnalyzed: Counter;
  incidentsBySeverity: Counter<"severity">;
  operations: Counter<"operation" | "type" | "outcome">;
  operationSeconds: Histogram<"operation" | "type">;
  llmTokens: Counter<"provider" | "model" | "direction">;
  llmCostUsd: Counter<"provider" | "model">;
}

export function createMetrics(): FlareMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "flare_process_" });
  const registers = [registry];
  return {
    registry,
    batchesAnalyzed: new Counter({ name: "flare_batches_analyzed_total", help: "Log batches analyzed, by outcome", labelNames: ["status"], registers }),
    linesAnalyzed: new Counter({ name: "flare_lines_analyzed_total", help: "Log lines analyzed", registers }),
    incidentsBySeverity: new Counter({ name: "flare_incidents_total", help: "Incidents found, by severity", labelNames: ["severity"], registers }),
    operations: new Counter({ name: "flare_graphql_operations_total", help: "GraphQL operations", labelNames: ["operation", "type", "outcome"], registers }),
    operationSeconds: new Histogram({
      name: "flare_graphql_operation_seconds",
      help: "GraphQL operation latency",
      labelNames: ["operation", "type"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    llmTokens: new Counter({ name: "flare_llm_tokens_total", help: "LLM tokens used by summaries, by direction (input, output)", labelNames: ["provider", "model", "direction"], registers }),
    llmCostUsd: new Counter({ name: "flare_llm_cost_usd_total", help: "What LLM summaries cost, in US dollars", labelNames: ["provider", "model"], registers }),
  };
}

/** Tokens and cost of the summaries that called an LLM; offline summaries carry no usage. */
export function recordSummaryUsage(metrics: FlareMetrics, summaries: SummaryInput[]): void {
  for (const { provider, model, usage } of summaries) {
    if (!usage) {
      continue;
    }
    metrics.llmTokens.inc({ provider, model, direction: "input" }, usage.inputTokens ?? 0);
    metrics.llmTokens.inc({ provider, model, direction: "output" }, usage.outputTokens ?? 0);
    metrics.llmCostUsd.inc({ provider, model }, usage.costUsd ?? 0);
  }
}

/** Counts and times every operation; the name is the client's operation name or `anonymous`. */
export function metricsPlugin(metrics: FlareMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const labels = { operation: operationName ?? "anonymous", type: operation?.operation ?? "unknown" };
          metrics.operations.inc({ ...labels, outcome: errors?.length ? "error" : "ok" });
          metrics.operationSeconds.observe(labels, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
