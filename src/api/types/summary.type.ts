import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Severity } from "./enums";

@ObjectType("RemediationStep")
export class RemediationStepType {
  @Field(() => String, { description: "immediate, short-term or long-term" })
  horizon!: string;

  @Field(() => String)
  action!: string;
}

@ObjectType("Summary", { description: "An explanation of one incident; provider `offline` means no LLM was used" })
export class SummaryType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  provider!: string;

  @Field(() => String)
  model!: string;

  @Field(() => String)
  explanation!: string;

  @Field(() => String)
  rootCause!: string;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => Float, { description: "In [0, 1]" })
  confidence!: number;

  @Field(() => [RemediationStepType])
  remediation!: RemediationStepType[];

  @Field(() => Int, { nullable: true })
  inputTokens?: number | null;

  @Field(() => Int, { nullable: true })
  outputTokens?: number | null;

  @Field(() => Float, { nullable: true })
  costUsd?: number | null;

  @Field(() => Int, { nullable: true })
  latencyMs?: number | null;

  @Field(() => Date)
  createdAt!: Date;
}
