/** The one place an Anthropic SDK client is made, so every caller gets the same limits. */
import Anthropic from "@anthropic-ai/sdk";
import type { LlmConfig } from "../config/config";

export type AnthropicConfig = Extract<LlmConfig, { provider: "anthropic" }>;

export interface ClientLimits {
  timeoutMs: number;
  maxRetries: number;
}

export function createAnthropicClient(config: AnthropicConfig, limits: ClientLimits): Anthropic {
  return new Anthropic({ apiKey: config.apiKey, baseURL: config.baseUrl, timeout: limits.timeoutMs, maxRetries: limits.maxRetries });
}
