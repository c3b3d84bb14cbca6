import { Arg, ID, Resolver, Root, Subscription } from "type-graphql";
import { Topic } from "../pubsub";
import { BatchProgressType } from "../types/batch-progress.type";
import { IncidentType } from "../types/incident.type";

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => BatchProgressType, {
    topics: Topic.BATCH_PROGRESS,
    filter: ({ payload, args }) => !args.batchId || payload.batchId === args.batchId,
    description: "Progress of one batch's analysis, or of every batch when batchId is left out",
  })
  batchProgress(@Root() progress: BatchProgressType, @Arg("batchId", () => ID, { nullable: true }) _batchId?: string): BatchProgressType {
    return progress;
  }

  @Subscription(() => IncidentType, { topics: Topic.INCIDENT_CREATED, description: "Every incident as it is stored" })
  incidentCreated(@Root() incident: IncidentType): IncidentType {
    return incident;
  }
}
