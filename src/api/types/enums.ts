/** GraphQL enums; their internal values are the database's, so rows need no mapping. */
import { registerEnumType } from "type-graphql";

export enum Severity {
  CRITICAL = "critical",
  HIGH = "high",
  MEDIUM = "medium",
  LOW = "low",
}

export enum IncidentStatus {
  OPEN = "OPEN",
  ACKNOWLEDGED = "ACKNOWLEDGED",
  RESOLVED = "RESOLVED",
  FALSE_POSITIVE = "FALSE_POSITIVE",
}

export enum BatchStatus {
  RUNNING = "RUNNING",
  COMPLETED = "COMPLETED",
  FAILED = "FAILED",
}

export enum RunStatus {
  RUNNING = "RUNNING",
  FINISHED = "FINISHED",
  FAILED = "FAILED",
  KILLED = "KILLED",
}

export enum ModelStage {
  NONE = "NONE",
  STAGING = "STAGING",
  PRODUCTION = "PRODUCTION",
  ARCHIVED = "ARCHIVED",
}

export enum IncidentOrder {
  NEWEST = "NEWEST",
  HIGHEST_SCORE = "HIGHEST_SCORE",
}

registerEnumType(Severity, { name: "Severity", description: "How bad an incident is, from its evidence" });
registerEnumType(IncidentStatus, { name: "IncidentStatus", description: "Analyst feedback on an incident" });
registerEnumType(BatchStatus, { name: "BatchStatus", description: "Where the analysis of a log batch stands" });
registerEnumType(RunStatus, { name: "RunStatus", description: "Where an experiment run stands" });
registerEnumType(ModelStage, { name: "ModelStage", description: "A model version's place in the registry" });
registerEnumType(IncidentOrder, { name: "IncidentOrder", description: "Order of an incident page" });
