/** Tracked experiment runs; a sweep is a parent run with one child per trial. */
import type { ExperimentRun, Prisma, RunStatus } from "../generated/prisma/client";
import type { StoreClient } from "./prisma-client";
import { translated } from "./store-error";

export type ExperimentRunInput = Omit<Prisma.ExperimentRunUncheckedCreateInput, "id">;

/** NotFoundError when parentId names no run. */
export function createExperimentRun(prisma: StoreClient, input: ExperimentRunInput): Promise<ExperimentRun> {
  return translated(`run in experiment ${input.experiment}`, () => prisma.experimentRun.create({ data: input }));
}

export function getExperimentRun(prisma: StoreClient, id: string): Promise<ExperimentRun> {
  return translated(`run ${id}`, () => prisma.experimentRun.findUniqueOrThrow({ where: { id } }));
}

/** Oldest first within an experiment; `parentId: null` lists only top-level runs. */
export function listExperimentRuns(
  prisma: StoreClient,
  filter: { experiment?: string; parentId?: string | null } = {},
): Promise<ExperimentRun[]> {
  return prisma.experimentRun.findMany({ where: filter, orderBy: [{ startedAt: "asc" }, { id: "asc" }] });
}

export function finishExperimentRun(
  prisma: StoreClient,
  id: string,
  result: { status: RunStatus; metrics?: Prisma.InputJsonValue; endedAt?: Date },
): Promise<ExperimentRun> {
  return translated(`run ${id}`, () =>
    prisma.experimentRun.update({ where: { id }, data: { ...result, endedAt: result.endedAt ?? new Date() } }),
  );
}
