/**
 * Whether the configured LLM can be used right now, for `health`: the offline summarizer always
 * can; Claude is asked for the configured model (a cheap GET that checks the address, the key and
 * the model name at once). Answers are kept for a while so a polling health check costs no tokens
 * and never waits on the network twice in a row.
 */
import Anthropic from "@anthropic-ai/sdk";
import type { LlmConfig } from "../config/config";
import { OFFLINE_MODEL } from "../pipeline/summarize";
import { createAnthropicClient, type AnthropicConfig } from "./anthropic-client";

export interface LlmProviderStatus {
  provider: LlmConfig["provider"];
  /** The model explanations would use; the rule set's name for the offline summarizer. */
  model: string;
  reachable: boolean;
  /** What was found, in words a user can act on. */
  detail: string;
}

export type LlmStatusProbe = () => Promise<LlmProviderStatus>;

const PROBE_TIMEOUT_MS = 3_000;
const KEEP_ANSWER_MS = 30_000;

const offlineStatus: LlmProviderStatus = {
  provider: "offline",
  model: OFFLINE_MODEL,
  reachable: true,
  detail: "no LLM configured (ANTHROPIC_API_KEY is unset): the offline rule-based summarizer explains incidents",
};

function describeFailure(error: unknown, config: AnthropicConfig): string {
  if (error instanceof Anthropic.AuthenticationError || error instanceof Anthropic.PermissionDeniedError) {
    return `the Anthropic API refused the key (HTTP ${error.status}); check ANTHROPIC_API_KEY`;
  }
  if (error instanceof Anthropic.NotFoundError) {
    return `the Anthropic API does not know model ${config.model}; set FLARE_LLM_MODEL to an available model`;
  }
  if (error instanceof Anthropic.APIConnectionTimeoutError) {
    return `no answer from the Anthropic API within ${PROBE_TIMEOUT_MS} ms`;
  }
  if (error instanceof Anthropic.APIConnectionError) {
    return `cannot connect to the Anthropic API${config.baseUrl ? ` at ${config.baseUrl}` : ""}: ${error.message}`;
  }
  if (error instanceof Anthropic.APIError) {
    return `the Anthropic API answered HTTP ${error.status ?? "error"}: ${error.message}`;
  }
  return `the Anthropic API check failed: ${(error as Error).message}`;
}

async function probeAnthropic(config: AnthropicConfig): Promise<LlmProviderStatus> {
  const client = createAnthropicClient(config, { timeoutMs: PROBE_TIMEOUT_MS, maxRetries: 0 });
  const status = { provider: "anthropic" as const, model: config.model };
  try {
    await client.models.retrieve(config.model);
    return { ...status, reachable: true, detail: `the Anthropic API answers and serves ${config.model}` };
  } catch (error) {
    return { ...status, reachable: false, detail: describeFailure(error, config) };
  }
}

/** `now` is injectable so tests can step past the kept answer without waiting. */
export function createLlmStatusProbe(config: LlmConfig, now: () => number = Date.now): LlmStatusProbe {
  if (config.provider === "offline") {
    return async () => offlineStatus;
  }
  let kept: { at: number; status: Promise<LlmProviderStatus> } | undefined;
  return () => {
    if (!kept || now() - kept.at >= KEEP_ANSWER_MS) {
      kept = { at: now(), status: probeAnthropic(config) };
    }
    return kept.status;
  };
}
