import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { BatchErrorCode } from "./enums";

export enum BatchStage {
  ANALYZING = "ANALYZING",
  STORING = "STORING",
  COMPLETED = "COMPLETED",
  FAILED = "FAILED",
}

registerEnumType(BatchStage, { name: "BatchStage", description: "Steps of one analysis, in order" });

@ObjectType("BatchProgress", { description: "One step of a batch's analysis, as it happens" })
export class BatchProgressType {
  @Field(() => ID)
  batchId!: string;

  @Field(() => BatchStage)
  stage!: BatchStage;

  @Field(() => Int, { description: "Lines analyzed so far" })
  lines!: number;

  @Field(() => Int, { description: "Incidents found so far" })
  incidents!: number;

  @Field(() => String, { nullable: true, description: "Why it failed, at FAILED; never internal detail, which only the server log has" })
  error?: string | null;

  @Field(() => BatchErrorCode, { nullable: true, description: "The kind of failure, at FAILED" })
  errorCode?: BatchErrorCode | null;
}
