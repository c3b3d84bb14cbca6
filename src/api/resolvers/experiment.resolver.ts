import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { getExperimentRun, listExperimentRuns, listModelVersions } from "../../store";
import type { ApiContext } from "../context.type";
import { ModelStage } from "../types/enums";
import { ExperimentRunType } from "../types/experiment-run.type";
import { ModelVersionType } from "../types/model-version.type";

@Resolver(() => ExperimentRunType)
export class ExperimentResolver {
  @Query(() => [ExperimentRunType], { description: "Top-level runs (sweeps and single runs), oldest first; trials are their children" })
  async experimentRuns(
    @Ctx() { prisma }: ApiContext,
    @Arg("experiment", () => String, { nullable: true }) experiment?: string,
  ): Promise<ExperimentRunType[]> {
    return listExperimentRuns(prisma, { experiment: experiment ?? undefined, parentId: null });
  }

  @Query(() => ExperimentRunType)
  async experimentRun(@Ctx() { prisma }: ApiContext, @Arg("id", () => ID) id: string): Promise<ExperimentRunType> {
    return getExperimentRun(prisma, id);
  }

  @Query(() => [ModelVersionType], { description: "Registered model versions, optionally by name or stage" })
  async modelVersions(
    @Ctx() { prisma }: ApiContext,
    @Arg("name", () => String, { nullable: true }) name?: string,
    @Arg("stage", () => ModelStage, { nullable: true }) stage?: ModelStage,
  ): Promise<ModelVersionType[]> {
    return listModelVersions(prisma, { name: name ?? undefined, stage: stage ?? undefined });
  }

  @FieldResolver(() => [ExperimentRunType], { description: "Nested runs (a sweep's trials)" })
  async children(@Root() run: ExperimentRunType, @Ctx() { loaders }: ApiContext): Promise<ExperimentRunType[]> {
    return loaders.childRunsByParentId.load(run.id);
  }
}
