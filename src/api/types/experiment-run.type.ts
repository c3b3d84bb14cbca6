import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { RunStatus } from "./enums";

/** No producer yet: issue 11/12 (LLM judge / sweeps) writes these; until then `experimentRuns` lists none. */
@ObjectType("ExperimentRun", { description: "One tracked detection run or sweep trial; sweeps nest their trials as children" })
export class ExperimentRunType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  experiment!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RunStatus)
  status!: RunStatus;

  @Field(() => GraphQLJSON)
  params!: unknown;

  @Field(() => GraphQLJSON)
  metrics!: unknown;

  @Field(() => GraphQLJSON)
  tags!: unknown;

  @Field(() => String, { nullable: true })
  datasetName?: string | null;

  @Field(() => String, { nullable: true })
  datasetHash?: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  datasetShape?: unknown;

  @Field(() => GraphQLJSON)
  artifacts!: unknown;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  endedAt?: Date | null;
}
