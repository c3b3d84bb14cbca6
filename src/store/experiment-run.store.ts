/**
 * Tracked experiment runs; a sweep is a parent run with one child per trial. No producer yet:
 * issue 11/12 (LLM judge / sweeps) writes these; today only tests create or finish a run, and the
 * API only lists them.
 */
import type { JsonInput } from "../domain/json-value";
import type { RunStatus, StoredExperimentRun } from "../domain/model-registry";
import type { StoreClient } from "./prisma-client";
import { translated } from "./store-error";

export interface ExperimentRunInput {
  experiment: string;
  /** The sweep this run is a trial of. */
  parentId?: string | null;
  name?: string | null;
  status?: RunStatus;
  params: JsonInput;
  metrics: JsonInput;
  tags: JsonInput;
  datasetName?: string | null;
  datasetHash?: string | null;
  datasetShape?: JsonInput;
  artifacts: JsonInput;
  startedAt?: Date;
  endedAt?: Date | null;
}

const ORDER = [{ startedAt: "asc" as const }, { id: "asc" as const }];

/** NotFoundError when parentId names no run. */
export function createExperimentRun(prisma: StoreClient, input: ExperimentRunInput): Promise<StoredExperimentRun> {
  return translated(`run in experiment ${input.experiment}`, () => prisma.experimentRun.create({ data: input }));
}

export function getExperimentRun(prisma: StoreClient, id: string): Promise<StoredExperimentRun> {
  return translated(`run ${id}`, () => prisma.experimentRun.findUniqueOrThrow({ where: { id } }));
}

/** Oldest first within an experiment; `parentId: null` lists only top-level runs. */
export function listExperimentRuns(
  prisma: StoreClient,
  filter: { experiment?: string; parentId?: string | null } = {},
): Promise<StoredExperimentRun[]> {
  return prisma.experimentRun.findMany({ where: filter, orderBy: ORDER });
}

/** The trials of several sweeps in one query, oldest first. */
export function listChildRuns(prisma: StoreClient, parentIds: string[]): Promise<StoredExperimentRun[]> {
  return prisma.experimentRun.findMany({ where: { parentId: { in: parentIds } }, orderBy: ORDER });
}

export function finishExperimentRun(
  prisma: StoreClient,
  id: string,
  result: { status: RunStatus; metrics?: JsonInput; endedAt?: Date },
): Promise<StoredExperimentRun> {
  return translated(`run ${id}`, () =>
    prisma.experimentRun.update({ where: { id }, data: { ...result, endedAt: result.endedAt ?? new Date() } }),
  );
}
