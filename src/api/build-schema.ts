import "reflect-metadata";
import { createPubSub } from "@graphql-yoga/subscription";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { HealthResolver } from "./resolvers/health.resolver";
import { IncidentResolver } from "./resolvers/incident.resolver";
import { LogBatchResolver } from "./resolvers/log-batch.resolver";

/** The GraphQL schema; `schema.graphql` at the repository root is its printed form (a test keeps them equal). */
export function buildFlareSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [HealthResolver, IncidentResolver, LogBatchResolver],
    pubSub: createPubSub(),
    validate: false,
  });
}
