import type { Session } from "../../../src/domain/session";
import { attributeTemplates, DEFAULT_DETECTION_CONFIG, detectAnomalies, detectSessions, loadDetector, templatesOfColumns } from "../../../src/pipeline/detect";
import { FeatureVocabulary } from "../../../src/pipeline/features";

const session = (id: string, templateIds: number[]): Session => ({ id, templateIds, lineIds: templateIds.map((_, i) => i + 1), timestamps: templateIds.map(() => NaN) });

/** 300 normal blocks in three shapes, and two blocks with an exception template (7) and a missing step. */
function blocks(): Session[] {
  const shapes = [[22, 5, 5, 5, 11, 9, 11, 9, 11, 9, 26, 26, 26], [22, 5, 5, 5, 11, 9, 11, 9, 11, 9, 26, 26, 26, 23, 23, 23, 21, 21, 21], [22, 5, 5, 5, 11, 9, 11, 9, 11, 9, 26, 26, 26, 3, 4, 4]];
  const normal = Array.from({ length: 300 }, (_, i) => session(`n${i}`, shapes[i % 3]));
  return [...normal, session("bad1", [22, 5, 5, 7, 7, 7, 11, 9]), session("bad2", [22, 5, 5, 5, 7, 11, 9, 26])];
}

describe("detectAnomalies", () => {
  it("flags the odd blocks with the default config and blames the extra and the missing template", () => {
    const result = detectSessions(blocks());
    expect(result.scores.filter((s) => s.anomaly).map((s) => s.sessionId)).toEqual(["bad1", "bad2"]);
    // bad1 has three E7 exceptions and no E26 at all: both residuals are equal (0.39 each).
    expect(result.attributions.get("bad1")!.slice(0, 2).map((a) => a.templateId).sort()).toEqual([26, 7].sort());
    expect([...result.attributions.keys()]).toEqual(["bad1", "bad2"]);
    const shown = result.attributions.get("bad1")!.reduce((sum, a) => sum + a.weight, 0);
    expect(shown).toBeGreaterThan(0.99); // the top 5 of its templates carry nearly all of the SPE
    expect(shown).toBeLessThanOrEqual(1);
  });

  it("scores new sessions with a persisted vocabulary and model, unseen templates included", () => {
    const trained = detectSessions(blocks().slice(0, 300));
    const vocabulary = FeatureVocabulary.fromJSON(JSON.parse(JSON.stringify(trained.vocabulary.toJSON())));
    const model = loadDetector(JSON.parse(JSON.stringify(trained.detector.toJSON())));
    const fresh = vocabulary.transform([session("ok", [22, 5, 5, 5, 11, 9, 11, 9, 11, 9, 26, 26, 26]), session("new-template", [22, 5, 5, 5, 99, 11, 9])]);
    const result = detectAnomalies(fresh, { ...DEFAULT_DETECTION_CONFIG, threshold: { kind: "fixed", value: 0.01 }, model });
    expect(result.scores.map((s) => s.anomaly)).toEqual([false, true]);
    expect(result.detector).toBe(model);
  });

  it("returns no attributions for families that cannot explain scores", () => {
    const result = detectSessions(blocks(), { ...DEFAULT_DETECTION_CONFIG, detector: "isolation-forest" });
    expect(result.detector.kind).toBe("isolation-forest");
    expect(result.attributions.size).toBe(0);
  });
});

describe("template attribution", () => {
  it("maps count and bigram columns to templates, splitting a bigram between its two", () => {
    const columns = templatesOfColumns(["count:E5", "bigram:E5>E7", "timing:duration", "count:<unseen>"]);
    expect(columns).toEqual([[5], [5, 7], [], []]);
    expect(attributeTemplates(Float64Array.of(1, 2, 5, 2), columns, 5)).toEqual([
      { templateId: 5, weight: 0.2 },
      { templateId: 7, weight: 0.1 },
    ]);
    expect(attributeTemplates(Float64Array.of(1, 2, 0, 0), columns, 1)).toEqual([{ templateId: 5, weight: 2 / 3 }]);
  });
});
