/** Live events for graphql-ws subscriptions: analysis progress per batch and each new incident. */
import { createPubSub } from "@graphql-yoga/subscription";
import type { BatchProgressType } from "./types/batch-progress.type";
import type { IncidentType } from "./types/incident.type";

export enum Topic {
  BATCH_PROGRESS = "BATCH_PROGRESS",
  INCIDENT_CREATED = "INCIDENT_CREATED",
}

export type FlarePubSub = ReturnType<typeof createFlarePubSub>;

export function createFlarePubSub() {
  return createPubSub<{ [Topic.BATCH_PROGRESS]: [BatchProgressType]; [Topic.INCIDENT_CREATED]: [IncidentType] }>();
}
