import { Field, ObjectType } from "type-graphql";
import { IncidentType } from "./incident.type";

@ObjectType("PageInfo")
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page" })
  endCursor?: string | null;
}

@ObjectType("IncidentEdge")
export class IncidentEdgeType {
  @Field(() => IncidentType)
  node!: IncidentType;

  @Field(() => String)
  cursor!: string;
}

@ObjectType("IncidentConnection", { description: "A page of incidents (Relay cursor connection)" })
export class IncidentConnectionType {
  @Field(() => [IncidentEdgeType])
  edges!: IncidentEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
