import type { Session } from "../../../src/domain/session";
import { createDetector, DETECTOR_KINDS, featureSpecOf, IsolationForestDetector, loadDetector, PcaDetector } from "../../../src/pipeline/detect";
import { FeatureVocabulary } from "../../../src/pipeline/features";
import { blobWithOutliers, inputOf } from "./fixtures";

describe("createDetector", () => {
  it("creates every listed family with its options", () => {
    expect(DETECTOR_KINDS.map((kind) => createDetector(kind).kind)).toEqual([...DETECTOR_KINDS]);
    expect(createDetector("pca", { components: 2 })).toBeInstanceOf(PcaDetector);
    expect((createDetector("isolation-forest", { trees: 7 }) as IsolationForestDetector).options).toEqual({ trees: 7, sampleSize: 256, seed: 7160 });
  });

  it("rejects bad options at construction", () => {
    expect(() => createDetector("isolation-forest", { trees: 0 })).toThrow();
    expect(() => createDetector("pca", { varianceFraction: 1.5 })).toThrow();
    expect(() => createDetector("invariants-mining", { maxColumns: 1 })).toThrow();
    expect(() => createDetector("one-class-svm", { nu: 0 })).toThrow();
  });
});

describe("every family", () => {
  const blocks: Session[] = Array.from({ length: 120 }, (_, i) => {
    const templateIds = i === 119 ? [22, 5, 5] : i % 4 === 0 ? [22, 5, 5, 5, 11, 9, 11, 9, 11, 9, 26, 26, 26, 2] : [22, 5, 5, 5, 11, 9, 11, 9, 11, 9, 26, 26, 26];
    return { id: `b${i}`, templateIds, lineIds: templateIds.map((_, j) => i * 100 + j), timestamps: templateIds.map(() => NaN) };
  });

  it.each(DETECTOR_KINDS.map((kind) => [kind]))("%s fits its default features, ranks the cut-off block first and round-trips through JSON", (kind) => {
    const { matrix } = FeatureVocabulary.fitTransform(blocks, featureSpecOf({ detector: kind }));
    const input = { matrix, sessions: blocks };
    const detector = createDetector(kind);
    detector.fit(input);
    const scores = detector.score(input);
    expect(scores).toHaveLength(120);
    expect(scores[119]).toBe(Math.max(...scores));
    const restored = loadDetector(JSON.parse(JSON.stringify(detector.toJSON())));
    expect(restored.kind).toBe(kind);
    Array.from(restored.score(input)).forEach((s, i) => expect(s).toBeCloseTo(scores[i], 9));
  });
});

describe("loadDetector", () => {
  const forest = new IsolationForestDetector({ trees: 3, sampleSize: 16 });
  forest.fit(inputOf(blobWithOutliers()));
  const model = forest.toJSON();

  it.each([
    ["not an object", 42],
    ["an unknown kind", { ...model, kind: "lof" }],
    ["another version", { ...model, version: 2 }],
    ["a missing field", { ...model, roots: undefined }],
  ])("rejects %s with RangeError('invalid detector model: …')", (_, json) => {
    expect(() => loadDetector(json)).toThrow(RangeError);
    expect(() => loadDetector(json)).toThrow(/^invalid detector model: /);
  });

  it("rejects forests whose nodes point backwards (a cycle would never stop scoring)", () => {
    const cyclic = { ...model, left: model.left.map((l, i) => (l === -1 ? l : 0 * i)) };
    expect(() => loadDetector(cyclic)).toThrow(/invalid detector model/);
  });

  it("rejects PCA components of the wrong width", () => {
    expect(() => loadDetector({ version: 1, kind: "pca", options: { varianceFraction: 0.9 }, mean: [0, 0], components: [[1]], eigenvalues: [1, 0] })).toThrow(
      /invalid detector model/,
    );
  });
});
