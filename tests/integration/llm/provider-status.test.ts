/** The LLM reachability check behind `health`, with the real Anthropic SDK against a local fake API. */
import type { AnthropicConfig } from "../../../src/llm/anthropic-client";
import { createLlmStatusProbe } from "../../../src/llm/provider-status";
import { sendApiError, sendJson, startFakeAnthropic, type FakeAnthropic } from "../../support/fake-anthropic";

const MODEL = "claude-test-model";
let fake: FakeAnthropic;
let answer: "ok" | "bad-key" | "no-model" | "overloaded";

beforeAll(async () => {
  fake = await startFakeAnthropic((request, res) => {
    const served = request.method === "GET" && request.url === `/v1/models/${MODEL}`;
    if (answer === "bad-key" || request.authorization !== "Bearer good-key") {
      sendApiError(res, 401, "authentication_error", "invalid x-api-key");
    } else if (answer === "no-model" || !served) {
      sendApiError(res, 404, "not_found_error", `model: ${MODEL}`);
    } else if (answer === "overloaded") {
      sendApiError(res, 529, "overloaded_error", "Overloaded");
    } else {
      sendJson(res, 200, { type: "model", id: MODEL, display_name: "Test", created_at: "2026-01-01T00:00:00Z" });
    }
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  answer = "ok";
  fake.requests.length = 0;
});

const config = (overrides: Partial<AnthropicConfig> = {}): AnthropicConfig => ({ provider: "anthropic", apiKey: "good-key", baseUrl: fake.baseUrl, model: MODEL, ...overrides });

describe("LLM provider status", () => {
  it("reports the offline summarizer as always reachable, without any request", async () => {
    const status = await createLlmStatusProbe({ provider: "offline" })();
    expect(status).toMatchObject({ provider: "offline", model: "offline-rules-v1", reachable: true });
    expect(status.detail).toMatch(/ANTHROPIC_API_KEY is unset/);
    expect(fake.requests).toEqual([]);
  });

  it("asks the Anthropic API for the configured model with the key", async () => {
    const status = await createLlmStatusProbe(config())();
    expect(status).toEqual({ provider: "anthropic", model: MODEL, reachable: true, detail: expect.stringContaining(MODEL) });
    expect(fake.requests).toMatchObject([{ method: "GET", url: `/v1/models/${MODEL}`, authorization: "Bearer good-key" }]);
  });

  it.each([
    ["a refused key", "bad-key", /refused the key \(HTTP 401\); check ANTHROPIC_API_KEY/],
    ["an unknown model", "no-model", /does not know model claude-test-model; set FLARE_LLM_MODEL/],
    ["an overloaded API", "overloaded", /answered HTTP 529/],
  ] as const)("says what to fix for %s, after one request (no retries)", async (_what, failure, detail) => {
    answer = failure;
    const status = await createLlmStatusProbe(config())();
    expect(status.reachable).toBe(false);
    expect(status.detail).toMatch(detail);
    expect(fake.requests).toHaveLength(1);
  });

  it("reports an address nobody answers on", async () => {
    const status = await createLlmStatusProbe(config({ baseUrl: "http://127.0.0.1:9" }))();
    expect(status.reachable).toBe(false);
    expect(status.detail).toMatch(/cannot connect to the Anthropic API at http:\/\/127\.0\.0\.1:9/);
  });

  it("keeps an answer for 30 s, then asks again", async () => {
    let clock = 0;
    const probe = createLlmStatusProbe(config(), () => clock);
    await probe();
    clock = 29_999;
    await probe();
    expect(fake.requests).toHaveLength(1);
    clock = 30_000;
    answer = "bad-key";
    expect((await probe()).reachable).toBe(false);
    expect(fake.requests).toHaveLength(2);
  });
});
