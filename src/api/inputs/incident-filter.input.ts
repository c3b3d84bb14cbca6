import { Field, ID, InputType } from "type-graphql";
import { z } from "zod";
import { MAX_PAGE_SIZE } from "../../store";
import { IncidentStatus, Severity } from "../types/enums";
import { textWithoutNul } from "./text-without-nul";

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

  @Field(() => String, { nullable: true, description: "Every incident of one problem, from any batch: an incident's fingerprint" })
  fingerprint?: string;
}

/** Page size of every list query: the store's MAX_PAGE_SIZE, with a message that says what to do. */
export const pageSizeSchema = z.number().int().min(1, "first must be at least 1").max(MAX_PAGE_SIZE, `first is at most ${MAX_PAGE_SIZE}; page with \`after\``);

export const incidentPageSchema = z.object({
  first: pageSizeSchema,
  after: z.string().uuid("after must be an endCursor from an earlier page").optional(),
  search: textWithoutNul("search").max(200, "search is at most 200 characters").optional(),
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{12}$/, "fingerprint is the 12 lower-case hex digits of an incident's `fingerprint` field")
    .optional(),
});
