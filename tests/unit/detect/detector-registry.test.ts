import { createDetector, DETECTOR_KINDS, IsolationForestDetector, loadDetector, PcaDetector } from "../../../src/pipeline/detect";
import { blobWithOutliers, matrixOf } from "./fixtures";

describe("createDetector", () => {
  it("creates every listed family with its options", () => {
    expect(DETECTOR_KINDS.map((kind) => createDetector(kind).kind)).toEqual([...DETECTOR_KINDS]);
    expect(createDetector("pca", { components: 2 })).toBeInstanceOf(PcaDetector);
    expect((createDetector("isolation-forest", { trees: 7 }) as IsolationForestDetector).options).toEqual({ trees: 7, sampleSize: 256, seed: 7160 });
  });

  it("rejects bad options at construction", () => {
    expect(() => createDetector("isolation-forest", { trees: 0 })).toThrow();
    expect(() => createDetector("pca", { varianceFraction: 1.5 })).toThrow();
  });
});

describe("loadDetector", () => {
  const forest = new IsolationForestDetector({ trees: 3, sampleSize: 16 });
  forest.fit(matrixOf(blobWithOutliers()));
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
