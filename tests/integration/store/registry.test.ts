import {
  createExperimentRun,
  createModelVersion,
  finishExperimentRun,
  getExperimentRun,
  getModelVersion,
  listExperimentRuns,
  listModelVersions,
  setModelStage,
  type ModelVersionInput,
} from "../../../src/store";
import { ConflictError, NotFoundError } from "../../../src/store/store-error";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";

const model = (version: number, runId: string | null): ModelVersionInput => ({
  name: "hdfs-iforest",
  version,
  detector: "isolation-forest",
  params: { nEstimators: 100, seed: 42 },
  featureSpec: { counts: true },
  metrics: { f1: 0.9 },
  serializedModel: { version: 1, kind: "isolation-forest", trees: [] },
  templateVocabulary: ["Receiving block <*>"],
  runId,
});

describe("model versions and experiment runs", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase("registry");
  });
  afterAll(() => db.drop());

  it("nests trial runs under a sweep and lists them by experiment and parent", async () => {
    const base = { params: {}, metrics: {}, tags: {}, artifacts: [] };
    const sweep = await createExperimentRun(db.prisma, { ...base, experiment: "hdfs", name: "sweep" });
    const trials = [];
    for (const nEstimators of [50, 100]) {
      trials.push(await createExperimentRun(db.prisma, { ...base, experiment: "hdfs", parentId: sweep.id, params: { nEstimators } }));
    }
    await createExperimentRun(db.prisma, { ...base, experiment: "bgl", datasetName: "BGL_2k", datasetShape: { rows: 2000 } });

    expect((await listExperimentRuns(db.prisma, { experiment: "hdfs", parentId: null })).map((r) => r.id)).toEqual([sweep.id]);
    expect((await listExperimentRuns(db.prisma, { parentId: sweep.id })).map((r) => r.id)).toEqual(trials.map((t) => t.id));
    const finished = await finishExperimentRun(db.prisma, trials[0].id, { status: "FINISHED", metrics: { f1: 0.8 } });
    expect(finished).toMatchObject({ status: "FINISHED", metrics: { f1: 0.8 } });
    expect((await getExperimentRun(db.prisma, trials[0].id)).endedAt).toBeInstanceOf(Date);
    await expect(getExperimentRun(db.prisma, "missing")).rejects.toBeInstanceOf(NotFoundError);
    await expect(createExperimentRun(db.prisma, { ...base, experiment: "hdfs", parentId: "missing" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps (name, version) unique and finds versions by stage", async () => {
    const [run] = await listExperimentRuns(db.prisma, { experiment: "bgl" });
    const v1 = await createModelVersion(db.prisma, model(1, run.id));
    await createModelVersion(db.prisma, { ...model(2, null), parentVersionId: v1.id });
    await expect(createModelVersion(db.prisma, model(1, null))).rejects.toBeInstanceOf(ConflictError);

    await setModelStage(db.prisma, v1.id, "PRODUCTION");
    expect((await listModelVersions(db.prisma, { stage: "PRODUCTION" })).map((m) => m.version)).toEqual([1]);
    expect((await listModelVersions(db.prisma, { name: "hdfs-iforest" })).map((m) => m.version)).toEqual([2, 1]);
    expect(await getModelVersion(db.prisma, "hdfs-iforest", 2)).toMatchObject({ parentVersionId: v1.id, stage: "NONE" });
    await expect(getModelVersion(db.prisma, "hdfs-iforest", 3)).rejects.toBeInstanceOf(NotFoundError);
  });
});
