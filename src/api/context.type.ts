import type { Logger } from "pino";
import type { LlmStatusProbe } from "../llm/provider-status";
import type { StoreClient } from "../store";
import type { Loaders } from "./loaders";
import type { FlareMetrics } from "./metrics";
import type { FlarePubSub } from "./pubsub";

/**
 * What every resolver gets: the one Prisma client, this request's DataLoaders, the server's
 * metrics, events and LLM check, and its logger (the only place internal error detail goes).
 */
export interface ApiContext {
  prisma: StoreClient;
  loaders: Loaders;
  metrics: FlareMetrics;
  pubSub: FlarePubSub;
  llmStatus: LlmStatusProbe;
  logger: Logger;
}
