/** Experiment runs (nested) and the model registry through the GraphQL API. */
import pino from "pino";
import { startServer, type RunningServer } from "../../../src/api/server";
import { createExperimentRun, createModelVersion } from "../../../src/store";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";

let db: TestDatabase;
let server: RunningServer;

async function graphql<T>(query: string): Promise<{ data: T; errors?: { message: string; extensions: { code: string } }[] }> {
  const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data: T };
}

beforeAll(async () => {
  db = await openTestDatabase("experiments");
  server = await startServer({ port: 0, prisma: db.prisma, logger: pino({ level: "silent" }) });
  const sweep = await createExperimentRun(db.prisma, { experiment: "hdfs-sweep", name: "sweep", params: { grid: "pca" }, metrics: {}, tags: {}, artifacts: [] });
  for (const fraction of [0.95, 0.98]) {
    await createExperimentRun(db.prisma, { experiment: "hdfs-sweep", parentId: sweep.id, params: { varianceFraction: fraction }, metrics: { f1: fraction - 0.01 }, tags: {}, artifacts: [] });
  }
  await createModelVersion(db.prisma, {
    name: "hdfs-default", version: 1, detector: "pca", params: {}, featureSpec: {}, metrics: { f1: 0.94 }, serializedModel: {}, templateVocabulary: {}, runId: sweep.id, stage: "STAGING",
  });
});

afterAll(async () => {
  await server.close();
  await db.drop();
});

it("lists a sweep with its trials as children", async () => {
  type Runs = { experimentRuns: { name: string; children: { params: { varianceFraction: number }; metrics: { f1: number } }[] }[] };
  const { data, errors } = await graphql<Runs>(`{ experimentRuns(experiment: "hdfs-sweep") { name children { params metrics } } }`);
  expect(errors).toBeUndefined();
  expect(data.experimentRuns).toHaveLength(1);
  expect(data.experimentRuns[0].children.map((c) => c.params.varianceFraction)).toEqual([0.95, 0.98]);
});

it("lists model versions by stage", async () => {
  type Models = { modelVersions: { name: string; version: number; stage: string; metrics: { f1: number } }[] };
  const staging = await graphql<Models>(`{ modelVersions(stage: STAGING) { name version stage metrics } }`);
  expect(staging.data.modelVersions).toEqual([{ name: "hdfs-default", version: 1, stage: "STAGING", metrics: { f1: 0.94 } }]);
  const production = await graphql<Models>(`{ modelVersions(stage: PRODUCTION) { name } }`);
  expect(production.data.modelVersions).toEqual([]);
});

it("answers an unknown run id with NOT_FOUND", async () => {
  const result = await graphql(`{ experimentRun(id: "00000000-0000-0000-0000-000000000000") { id } }`);
  expect(result.errors?.[0].extensions.code).toBe("NOT_FOUND");
});
