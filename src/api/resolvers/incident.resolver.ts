import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { getIncident, listIncidents, setIncidentStatus } from "../../store";
import type { ApiContext } from "../context.type";
import { IncidentFilterInput, incidentPageSchema } from "../inputs/incident-filter.input";
import { toEvidence, toIncident } from "../graphql-mappers";
import { IncidentOrder, IncidentStatus } from "../types/enums";
import { IncidentConnectionType } from "../types/incident-connection.type";
import { IncidentType, RepresentativeLineType } from "../types/incident.type";
import { SummaryType } from "../types/summary.type";
import { validateInput } from "../validate-input";

@Resolver(() => IncidentType)
export class IncidentResolver {
  @Query(() => IncidentConnectionType, {
    description: "Incidents, newest first unless ordered otherwise",
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Number(args.first ?? 20),
  })
  async incidents(
    @Ctx() { prisma }: ApiContext,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("filter", () => IncidentFilterInput, { nullable: true }) filter?: IncidentFilterInput,
    @Arg("orderBy", () => IncidentOrder, { defaultValue: IncidentOrder.NEWEST }) orderBy?: IncidentOrder,
  ): Promise<IncidentConnectionType> {
    validateInput(incidentPageSchema, { first, after: after ?? undefined, search: filter?.search, fingerprint: filter?.fingerprint });
    const order = orderBy === IncidentOrder.HIGHEST_SCORE ? "score" : "newest";
    const page = await listIncidents(prisma, { ...filter }, { first, after: after ?? undefined, orderBy: order });
    return {
      edges: page.nodes.map((row) => ({ node: toIncident(row), cursor: row.id })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => IncidentType)
  async incident(@Ctx() { prisma }: ApiContext, @Arg("id", () => ID) id: string): Promise<IncidentType> {
    return toIncident(await getIncident(prisma, id));
  }

  @Mutation(() => IncidentType, { description: "Analyst feedback: acknowledge, resolve or mark a false positive" })
  async setIncidentStatus(
    @Ctx() { prisma }: ApiContext,
    @Arg("id", () => ID) id: string,
    @Arg("status", () => IncidentStatus) status: IncidentStatus,
  ): Promise<IncidentType> {
    return toIncident(await setIncidentStatus(prisma, id, status));
  }

  @FieldResolver(() => [String])
  async sessionIds(@Root() incident: IncidentType, @Ctx() { loaders }: ApiContext): Promise<string[]> {
    return incident.sessionIds ?? toEvidence(await loaders.evidenceByIncidentId.load(incident.id)).sessionIds;
  }

  @FieldResolver(() => [RepresentativeLineType])
  async representativeLines(@Root() incident: IncidentType, @Ctx() { loaders }: ApiContext): Promise<RepresentativeLineType[]> {
    return incident.representativeLines ?? toEvidence(await loaders.evidenceByIncidentId.load(incident.id)).representativeLines;
  }

  @FieldResolver(() => [SummaryType])
  async summaries(@Root() incident: IncidentType, @Ctx() { loaders }: ApiContext): Promise<SummaryType[]> {
    return loaders.summariesByIncidentId.load(incident.id);
  }
}
