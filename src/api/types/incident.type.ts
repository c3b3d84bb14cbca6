import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { IncidentStatus, Severity } from "./enums";

@ObjectType("TemplateCount")
export class TemplateCountType {
  @Field(() => Int)
  templateId!: number;

  @Field(() => String)
  template!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType("RepresentativeLine")
export class RepresentativeLineType {
  @Field(() => Int, { description: "1-based line number in the submitted log" })
  lineId!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType("Incident", { description: "A group of anomalous sessions that look like one problem" })
export class IncidentType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  batchId!: string;

  @Field(() => String, { description: "Same problem, same fingerprint (hash of its templates)" })
  fingerprint!: string;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => Float)
  anomalyScore!: number;

  @Field(() => IncidentStatus)
  status!: IncidentStatus;

  @Field(() => Date, { nullable: true })
  startTime?: Date | null;

  @Field(() => Date, { nullable: true })
  endTime?: Date | null;

  // Listings leave the two evidence fields out; IncidentResolver loads them when asked for.
  @Field(() => [String])
  sessionIds?: string[];

  @Field(() => [String])
  components!: string[];

  @Field(() => [TemplateCountType])
  templates!: TemplateCountType[];

  @Field(() => [RepresentativeLineType])
  representativeLines?: RepresentativeLineType[];

  @Field(() => Date)
  createdAt!: Date;
}
