/**
 * GraphQL enums. Those the store shares are derived from the domain's lists, so each value is
 * written once; each name is both the enum object (for decorators) and its string-literal type.
 */
import { registerEnumType } from "type-graphql";
import { SEVERITIES, type Severity as DomainSeverity } from "../../domain/incident";
import { MODEL_STAGES, RUN_STATUSES, type ModelStage as DomainModelStage, type RunStatus as DomainRunStatus } from "../../domain/model-registry";
import { BATCH_ERROR_CODES, BATCH_STATUSES, type BatchErrorCode as DomainBatchErrorCode, type BatchStatus as DomainBatchStatus } from "../../domain/stored-batch";
import { INCIDENT_STATUSES, type IncidentStatus as DomainIncidentStatus } from "../../domain/stored-incident";
import { graphqlEnum } from "./graphql-enum";

export const Severity = graphqlEnum(SEVERITIES, "Severity", "How bad an incident is, from its evidence");
export type Severity = DomainSeverity;

export const IncidentStatus = graphqlEnum(INCIDENT_STATUSES, "IncidentStatus", "Analyst feedback on an incident");
export type IncidentStatus = DomainIncidentStatus;

export const BatchStatus = graphqlEnum(BATCH_STATUSES, "BatchStatus", "Where the analysis of a log batch stands");
export type BatchStatus = DomainBatchStatus;

export const BatchErrorCode = graphqlEnum(
  BATCH_ERROR_CODES,
  "BatchErrorCode",
  "Why an analysis failed: BAD_USER_INPUT (the message says what to change) or INTERNAL_SERVER_ERROR (the server log has the details)",
);
export type BatchErrorCode = DomainBatchErrorCode;

export const RunStatus = graphqlEnum(RUN_STATUSES, "RunStatus", "Where an experiment run stands");
export type RunStatus = DomainRunStatus;

export const ModelStage = graphqlEnum(MODEL_STAGES, "ModelStage", "A model version's place in the registry");
export type ModelStage = DomainModelStage;

/** The API's own: the store orders by "newest" or "score". */
export enum IncidentOrder {
  NEWEST = "NEWEST",
  HIGHEST_SCORE = "HIGHEST_SCORE",
}

registerEnumType(IncidentOrder, { name: "IncidentOrder", description: "Order of an incident page" });
