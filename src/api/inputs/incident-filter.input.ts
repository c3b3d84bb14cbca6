import { Field, ID, InputType } from "type-graphql";
import { z } from "zod";
import { IncidentStatus, Severity } from "../types/enums";

@InputType("IncidentFilter")
export class IncidentFilterInput {
  @Field(() => [Severity], { nullable: true })
  severity?: Severity[];

  @Field(() => [IncidentStatus], { nullable: true })
  status?: IncidentStatus[];

  @Field(() => ID, { nullable: true })
  batchId?: string;

  @Field(() => Date, { nullable: true, description: "Incidents still going on at or after this time" })
  from?: Date;

  @Field(() => Date, { nullable: true, description: "Incidents that started at or before this time" })
  to?: Date;

  @Field(() => String, { nullable: true, description: "Case-insensitive text in any template" })
  search?: string;
}

export const incidentPageSchema = z.object({
  first: z.number().int().min(1, "first must be at least 1").max(500, "first is at most 500; page with `after`"),
  after: z.string().uuid("after must be an endCursor from an earlier page").optional(),
  search: z.string().max(200, "search is at most 200 characters").optional(),
});
