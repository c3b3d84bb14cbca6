import type { FeatureMatrix } from "../../../src/domain/feature-matrix";
import { rowOf } from "../../../src/domain/feature-matrix";
import type { Session } from "../../../src/domain/session";
import { buildFeatureMatrix, COUNT_FEATURES, FeatureVocabulary, type FeatureSpec } from "../../../src/pipeline/features";

const session = (id: string, templateIds: number[], timestamps: number[] = templateIds.map(() => NaN)): Session => ({
  id,
  templateIds,
  lineIds: templateIds.map((_, i) => i + 1),
  timestamps,
});

const TRAIN = [session("s1", [1, 2, 2, 3], [0, 1000, 3000, NaN]), session("s2", [2, 3]), session("s3", [1, 4])];
const spec = (overrides: Partial<FeatureSpec>): FeatureSpec => ({ ...COUNT_FEATURES, ...overrides });
const rows = (m: FeatureMatrix) => Array.from({ length: m.rows }, (_, r) => Array.from(rowOf(m, r)));

function expectRowsClose(actual: number[][], expected: number[][]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(expected[r][c], 12)));
}

describe("template count features", () => {
  it("counts templates per session, with an <unseen> column for templates not fitted on", () => {
    const { vocabulary, matrix } = FeatureVocabulary.fitTransform(TRAIN, COUNT_FEATURES);
    expect(matrix.columnNames).toEqual(["count:E1", "count:E2", "count:E3", "count:E4", "count:<unseen>"]);
    expect(matrix.rowKeys).toEqual(["s1", "s2", "s3"]);
    expect(rows(matrix)).toEqual([
      [1, 2, 1, 0, 0],
      [0, 1, 1, 0, 0],
      [1, 0, 0, 1, 0],
    ]);
    expect(rows(vocabulary.transform([session("new", [1, 9, 9])]))).toEqual([[1, 0, 0, 0, 2]]);
  });

  it("applies ln(1 + count) for sublinear tf", () => {
    expectRowsClose(rows(buildFeatureMatrix(TRAIN, spec({ tf: "log" }))).slice(0, 1), [[Math.LN2, Math.log(3), Math.LN2, 0, 0]]);
  });

  it("weights by smooth idf ln((1 + n) / (1 + df)) + 1 fitted on the training sessions", () => {
    const common = Math.log(4 / 3) + 1;
    const rare = Math.log(4 / 2) + 1;
    expectRowsClose(rows(buildFeatureMatrix(TRAIN, spec({ weighting: "tf-idf" }))), [
      [common, 2 * common, common, 0, 0],
      [0, common, common, 0, 0],
      [common, 0, 0, rare, 0],
    ]);
  });

  it("normalises rows to unit length (l2) or columns with training statistics", () => {
    const s6 = Math.sqrt(6);
    expectRowsClose(rows(buildFeatureMatrix(TRAIN, spec({ normalisation: "l2" }))).slice(0, 1), [[1 / s6, 2 / s6, 1 / s6, 0, 0]]);
    expectRowsClose(rows(buildFeatureMatrix(TRAIN, spec({ normalisation: "zero-mean" }))).slice(0, 1), [[1 / 3, 1, 1 / 3, -1 / 3, 0]]);
    const std = Math.sqrt(1 / 3); // E1 = [1, 0, 1]: sample variance 1/3; the constant <unseen> column keeps scale 1
    expectRowsClose(rows(buildFeatureMatrix(TRAIN, spec({ normalisation: "standard" }))).slice(0, 1), [[1 / 3 / std, 1, 1 / 3 / std, -1 / 3 / std, 0]]);
  });
});

describe("bigram and timing features", () => {
  it("counts template transitions, sorted, with an <unseen> transition column", () => {
    const { vocabulary, matrix } = FeatureVocabulary.fitTransform(TRAIN, spec({ counts: false, bigrams: true }));
    expect(matrix.columnNames).toEqual(["bigram:E1>E2", "bigram:E1>E4", "bigram:E2>E2", "bigram:E2>E3", "bigram:<unseen>"]);
    expect(rows(matrix)).toEqual([
      [1, 0, 1, 1, 0],
      [0, 0, 0, 1, 0],
      [0, 1, 0, 0, 0],
    ]);
    expect(rows(vocabulary.transform([session("new", [1, 2, 9])]))).toEqual([[1, 0, 0, 0, 1]]);
  });

  it("computes duration, gap mean/max/std (s) over timed lines and the line count", () => {
    const matrix = buildFeatureMatrix(TRAIN, spec({ counts: false, timing: true }));
    expect(matrix.columnNames).toEqual(["timing:duration", "timing:gap-mean", "timing:gap-max", "timing:gap-std", "timing:lines"]);
    expectRowsClose(rows(matrix), [
      [3, 1.5, 2, 0.5, 4],
      [0, 0, 0, 0, 2],
      [0, 0, 0, 0, 2],
    ]);
  });
});

describe("FeatureVocabulary persistence", () => {
  const full = spec({ bigrams: true, timing: true, tf: "log", weighting: "tf-idf", normalisation: "standard" });

  it("round-trips through JSON and scores new sessions identically", () => {
    const vocabulary = FeatureVocabulary.fit(TRAIN, full);
    const restored = FeatureVocabulary.fromJSON(JSON.parse(JSON.stringify(vocabulary.toJSON())));
    const fresh = [session("x", [1, 2, 7, 3], [5, 9, 20, 40]), ...TRAIN];
    expect(restored.columnNames).toEqual(vocabulary.columnNames);
    expect(restored.transform(fresh)).toEqual(vocabulary.transform(fresh));
    expect(restored.toJSON()).toEqual(vocabulary.toJSON());
  });

  it("rejects malformed JSON with a RangeError", () => {
    const json = FeatureVocabulary.fit(TRAIN, full).toJSON();
    expect(() => FeatureVocabulary.fromJSON({ ...json, version: 2 })).toThrow(/invalid feature vocabulary/);
    expect(() => FeatureVocabulary.fromJSON({ ...json, idf: [1] })).toThrow(RangeError);
    expect(() => FeatureVocabulary.fromJSON(null)).toThrow(RangeError);
  });

  it("rejects template ids it cannot key", () => {
    expect(() => FeatureVocabulary.fit([session("bad", [-1])], COUNT_FEATURES)).toThrow(RangeError);
  });
});
