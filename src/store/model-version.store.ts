/**
 * Registered detector models and their promotion stages. No producer yet: issue 11/12 (LLM judge /
 * sweeps) writes these; today only tests create or promote a version, and the API only lists them.
 */
import type { JsonInput } from "../domain/json-value";
import type { ModelStage, StoredModelVersion } from "../domain/model-registry";
import type { StoreClient } from "./prisma-client";
import { translated } from "./store-error";

export interface ModelVersionInput {
  name: string;
  version: number;
  detector: string;
  params: JsonInput;
  featureSpec: JsonInput;
  stage?: ModelStage;
  metrics: JsonInput;
  serializedModel: JsonInput;
  templateVocabulary: JsonInput;
  runId?: string | null;
  parentVersionId?: string | null;
}

/** ConflictError when (name, version) is taken. */
export function createModelVersion(prisma: StoreClient, input: ModelVersionInput): Promise<StoredModelVersion> {
  return translated(`model ${input.name} version ${input.version}`, () => prisma.modelVersion.create({ data: input }));
}

export function getModelVersion(prisma: StoreClient, name: string, version: number): Promise<StoredModelVersion> {
  return translated(`model ${name} version ${version}`, () =>
    prisma.modelVersion.findUniqueOrThrow({ where: { name_version: { name, version } } }),
  );
}

/** Newest version first; optionally one model's versions or one stage's. */
export function listModelVersions(prisma: StoreClient, filter: { name?: string; stage?: ModelStage } = {}): Promise<StoredModelVersion[]> {
  return prisma.modelVersion.findMany({ where: filter, orderBy: [{ name: "asc" }, { version: "desc" }] });
}

export function setModelStage(prisma: StoreClient, id: string, stage: ModelStage): Promise<StoredModelVersion> {
  return translated(`model version ${id}`, () => prisma.modelVersion.update({ where: { id }, data: { stage } }));
}
