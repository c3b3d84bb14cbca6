import { Field, ObjectType } from "type-graphql";

@ObjectType("Health")
export class HealthType {
  @Field(() => String)
  version!: string;

  @Field(() => String, { description: "`ok`, or why the database cannot be reached" })
  database!: string;

  @Field(() => String, { description: "The summarizer in use: `offline` (no LLM) or the LLM provider" })
  summarizer!: string;
}
