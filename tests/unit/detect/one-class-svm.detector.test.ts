import SVM from "libsvm-js/asm";
import { loadDetector, OneClassSvmDetector } from "../../../src/pipeline/detect";
import { blobWithOutliers, inputOf, topK } from "./fixtures";

describe("OneClassSvmDetector", () => {
  const rows = blobWithOutliers();
  const data = inputOf(rows);

  it("puts the far points outside the boundary", () => {
    const svm = new OneClassSvmDetector({ nu: 0.05 });
    svm.fit(data);
    const scores = svm.score(data);
    expect(topK(scores, 3).sort()).toEqual([300, 301, 302]);
    expect([300, 301, 302].every((i) => scores[i] > 0)).toBe(true);
  });

  it("computes LIBSVM's own decision: the sign agrees with its predictOne", () => {
    const svm = new OneClassSvmDetector({ nu: 0.2, gamma: 0.5, maxTrainingRows: 400 });
    svm.fit(data);
    const reference = new SVM({ type: SVM.SVM_TYPES.ONE_CLASS, kernel: SVM.KERNEL_TYPES.RBF, nu: 0.2, gamma: 0.5, quiet: true });
    reference.train(rows, rows.map(() => 0));
    const probes = [[0, 0], [1.5, 1.5], [2.5, 0], [9, 9]];
    const scores = svm.score(inputOf(probes));
    // Training-set order differs (a seeded shuffle), which LIBSVM's solution does not depend on.
    probes.forEach((probe, i) => expect(scores[i] < 0).toBe(reference.predictOne(probe) === 1));
    reference.free();
  });

  it("draws its training rows with the seed", () => {
    const fitScore = (seed: number) => {
      const svm = new OneClassSvmDetector({ maxTrainingRows: 50, seed });
      svm.fit(data);
      return svm.score(data);
    };
    expect(fitScore(1)).toEqual(fitScore(1));
    expect(fitScore(1)).not.toEqual(fitScore(2));
  });

  it("round-trips through JSON with identical scores", () => {
    const svm = new OneClassSvmDetector();
    svm.fit(data);
    const restored = loadDetector(JSON.parse(JSON.stringify(svm.toJSON())));
    expect(restored.score(data)).toEqual(svm.score(data));
    expect(() => loadDetector({ ...svm.toJSON(), coefficients: [1] })).toThrow(/invalid detector model/);
  });
});
