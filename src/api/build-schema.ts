import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ExperimentResolver } from "./resolvers/experiment.resolver";
import { HealthResolver } from "./resolvers/health.resolver";
import { IncidentResolver } from "./resolvers/incident.resolver";
import { LogBatchResolver } from "./resolvers/log-batch.resolver";
import { SubscriptionResolver } from "./resolvers/subscription.resolver";
import { createFlarePubSub, type FlarePubSub } from "./pubsub";

/** The GraphQL schema; `schema.graphql` at the repository root is its printed form (a test keeps them equal). */
export function buildFlareSchema(pubSub: FlarePubSub = createFlarePubSub()): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [HealthResolver, IncidentResolver, LogBatchResolver, ExperimentResolver, SubscriptionResolver],
    pubSub,
    validate: false,
  });
}
