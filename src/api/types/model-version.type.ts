import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ModelStage } from "./enums";

/**
 * The serialized model and template vocabulary stay out of the API: they are large and internal.
 * No producer yet: issue 11/12 (LLM judge / sweeps) writes these; until then `modelVersions` is empty.
 */
@ObjectType("ModelVersion", { description: "A registered detector model with its parameters, metrics and lineage" })
export class ModelVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  detector!: string;

  @Field(() => GraphQLJSON)
  params!: unknown;

  @Field(() => GraphQLJSON)
  featureSpec!: unknown;

  @Field(() => ModelStage)
  stage!: ModelStage;

  @Field(() => GraphQLJSON)
  metrics!: unknown;

  @Field(() => ID, { nullable: true, description: "The run that trained it" })
  runId?: string | null;

  @Field(() => ID, { nullable: true, description: "The version it was derived from" })
  parentVersionId?: string | null;

  @Field(() => Date)
  createdAt!: Date;
}
