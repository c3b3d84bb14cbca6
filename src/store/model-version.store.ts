/** Registered detector models and their promotion stages. */
import type { ModelStage, ModelVersion, Prisma } from "../generated/prisma/client";
import type { StoreClient } from "./prisma-client";
import { translated } from "./store-error";

export type ModelVersionInput = Omit<Prisma.ModelVersionUncheckedCreateInput, "id" | "createdAt" | "updatedAt">;

/** ConflictError when (name, version) is taken. */
export function createModelVersion(prisma: StoreClient, input: ModelVersionInput): Promise<ModelVersion> {
  return translated(`model ${input.name} version ${input.version}`, () => prisma.modelVersion.create({ data: input }));
}

export function getModelVersion(prisma: StoreClient, name: string, version: number): Promise<ModelVersion> {
  return translated(`model ${name} version ${version}`, () =>
    prisma.modelVersion.findUniqueOrThrow({ where: { name_version: { name, version } } }),
  );
}

/** Newest version first; optionally one model's versions or one stage's. */
export function listModelVersions(prisma: StoreClient, filter: { name?: string; stage?: ModelStage } = {}): Promise<ModelVersion[]> {
  return prisma.modelVersion.findMany({ where: filter, orderBy: [{ name: "asc" }, { version: "desc" }] });
}

export function setModelStage(prisma: StoreClient, id: string, stage: ModelStage): Promise<ModelVersion> {
  return translated(`model version ${id}`, () => prisma.modelVersion.update({ where: { id }, data: { stage } }));
}
