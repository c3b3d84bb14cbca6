import type { Session } from "../../../src/domain/session";
import {
  createDetector,
  DEFAULT_DETECTION_CONFIG,
  DEFAULT_DETECTOR_OPTIONS,
  DETECTOR_FAMILIES,
  DETECTOR_KINDS,
  featureSpecOf,
  loadDetector,
  type DetectorFamilies,
  type DetectorKind,
} from "../../../src/pipeline/detect";
import { FeatureVocabulary } from "../../../src/pipeline/features";

const session = (i: number, templateIds: number[]): Session => ({
  id: `s${i}`,
  templateIds,
  lineIds: templateIds.map((_, j) => i * 100 + j),
  timestamps: templateIds.map(() => NaN),
});

/** 30 sessions in three shapes and one that stops early: small enough for every family. */
const sessions = [...Array.from({ length: 30 }, (_, i) => session(i, [[1, 2, 2, 3], [1, 2, 3, 3, 4], [1, 4, 2, 3]][i % 3])), session(30, [1, 2])];

describe("the detector family table", () => {
  it("is where the kinds, the default options and the default features come from", () => {
    expect(DETECTOR_KINDS).toEqual(Object.keys(DETECTOR_FAMILIES));
    for (const kind of DETECTOR_KINDS) {
      expect(DEFAULT_DETECTOR_OPTIONS[kind]).toBe(DETECTOR_FAMILIES[kind].defaults);
      expect(DEFAULT_DETECTION_CONFIG.detectorOptions[kind]).toBe(DETECTOR_FAMILIES[kind].defaults);
      expect(featureSpecOf({ detector: kind })).toBe(DETECTOR_FAMILIES[kind].features);
    }
  });

  it.each(DETECTOR_KINDS.map((kind) => [kind]))("%s: created with its defaults, fitted on its features, restored with identical scores", (kind) => {
    const { matrix } = FeatureVocabulary.fitTransform(sessions, DETECTOR_FAMILIES[kind].features);
    const input = { matrix, sessions };
    const detector = createDetector(kind);
    detector.fit(input);
    const model = JSON.parse(JSON.stringify(detector.toJSON()));
    expect(model).toMatchObject({ kind, version: 1, options: DETECTOR_FAMILIES[kind].defaults });
    expect(DETECTOR_FAMILIES[kind].modelSchema.safeParse(model).success).toBe(true);
    const restored = loadDetector(model);
    expect(restored.kind).toBe(kind);
    expect(restored.score(input)).toEqual(detector.score(input));
  });

  it("checks a model with the schema of the family its kind names", () => {
    const detector = createDetector("pca");
    detector.fit({ matrix: FeatureVocabulary.fitTransform(sessions, DETECTOR_FAMILIES.pca.features).matrix });
    const misfiled = { ...detector.toJSON(), kind: "robust-covariance" };
    expect(() => loadDetector(misfiled)).toThrow(/^invalid detector model: options.supportFraction: /);
    expect(() => createDetector("lof" as DetectorKind)).toThrow(/unknown detector kind "lof"; expected one of pca, isolation-forest, /);
  });

  // Type-level: tsc (run over tests/) fails on a @ts-expect-error line that compiles, so these
  // prove that the shape the table is checked against refuses each mistake.
  it("has the type the table satisfies, which refuses a missing family, an incomplete one and a misfiled one", () => {
    const { pca, ...withoutPca } = DETECTOR_FAMILIES;
    const { features, ...pcaWithoutFeatures } = pca;
    expect(DETECTOR_FAMILIES satisfies DetectorFamilies<DetectorKind>).toHaveProperty("pca", pca);
    // @ts-expect-error there is no "pca" entry
    expect(withoutPca satisfies DetectorFamilies<DetectorKind>).not.toHaveProperty("pca");
    // @ts-expect-error the "pca" entry has no default features
    expect({ ...DETECTOR_FAMILIES, pca: pcaWithoutFeatures } satisfies DetectorFamilies<DetectorKind>).toHaveProperty("pca.defaults", pca.defaults);
    // @ts-expect-error the "pca" entry is the isolation forest's, whose models carry kind "isolation-forest"
    expect({ ...DETECTOR_FAMILIES, pca: DETECTOR_FAMILIES["isolation-forest"] } satisfies DetectorFamilies<DetectorKind>).toHaveProperty("pca.features", features);
  });
});
