import { Field, ObjectType } from "type-graphql";

@ObjectType("LlmStatus", { description: "The LLM provider configured for explanations, and whether it answers" })
export class LlmStatusType {
  @Field(() => String, { description: "`offline` (the rule-based summarizer, no LLM) or `anthropic`" })
  provider!: string;

  @Field(() => String)
  model!: string;

  @Field(() => Boolean)
  reachable!: boolean;

  @Field(() => String, { description: "What the check found, and what to change when it failed" })
  detail!: string;
}

@ObjectType("Health")
export class HealthType {
  @Field(() => String)
  version!: string;

  @Field(() => String, { description: "`ok`, or `unreachable` and where the reason is logged" })
  database!: string;

  @Field(() => String, { description: "Which summarizer explains new incidents: `offline` (no LLM) or an LLM provider" })
  summarizer!: string;

  @Field(() => LlmStatusType)
  llm!: LlmStatusType;
}
