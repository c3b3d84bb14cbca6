import type { Session } from "../../../src/domain/session";
import { attributeTemplates, DEFAULT_DETECTION_CONFIG, detectAnomalies, loadDetector, templatesOfColumns } from "../../../src/pipeline/detect";
import { FeatureVocabulary } from "../../../src/pipeline/features";
import { detectSessionsOf } from "../../../src/pipeline/run-pipeline";

const session = (id: string, templateIds: number[]): Session => ({ id, templateIds, lineIds: templateIds.map((_, i) => i + 1), timestamps: templateIds.map(() => NaN) });

/** 300 normal blocks in three shapes, and two blocks with an exception template (7) and a missing step. */
function blocks(): Session[] {
  const shapes = [[22, 5, 5, 5, 11, 9, 11, 9, 11, 9, 26, 26, 26], [22, 5, 5, 5, 11, 9, 11, 9, 11, 9, 26, 26, 26, 23, 23, 23, 21, 21, 21], [22, 5, 5, 5, 11, 9, 11, 9, 11, 9, 26, 26, 26, 3, 4, 4]];
  const normal = Array.from({ length: 300 }, (_, i) => session(`n${i}`, shapes[i % 3]));
  return [...normal, session("bad1", [22, 5, 5, 7, 7, 7, 11, 9]), session("bad2", [22, 5, 5, 5, 7, 11, 9, 26])];
}

describe("detectAnomalies", () => {
  it("flags the odd blocks with the default config and blames their templates and lines", () => {
    const result = detectSessionsOf(blocks());
    expect(result.detector.kind).toBe("invariants-mining");
    expect(result.scores.filter((s) => s.anomaly).map((s) => s.sessionId)).toEqual(["bad1", "bad2"]);
    // bad2 breaks "E7 never occurs" (weight 1) and E5 = E9 (3 vs 1, shared by E5 and E9).
    expect(result.attributions.get("bad2")).toEqual([
      { templateId: 7, weight: 0.5 },
      { templateId: 5, weight: 0.25 },
      { templateId: 9, weight: 0.25 },
    ]);
    // Its lines: the E7 line first, then the three E5 lines and the E9 line (line ids 1..8 in order).
    expect(result.lines.get("bad2")!.map((l) => l.lineId)).toEqual([5, 2, 3, 4, 7]);
    expect([...result.attributions.keys()]).toEqual(["bad1", "bad2"]);
  });

  it("scores new sessions with a persisted vocabulary and model, unseen templates included", () => {
    const trained = detectSessionsOf(blocks().slice(0, 300));
    const vocabulary = FeatureVocabulary.fromJSON(JSON.parse(JSON.stringify(trained.vocabulary.toJSON())));
    const model = loadDetector(JSON.parse(JSON.stringify(trained.detector.toJSON())));
    const sessions = [session("ok", [22, 5, 5, 5, 11, 9, 11, 9, 11, 9, 26, 26, 26]), session("new-template", [22, 5, 5, 5, 99, 11, 9])];
    const result = detectAnomalies({ matrix: vocabulary.transform(sessions), sessions }, { ...DEFAULT_DETECTION_CONFIG, model });
    expect(result.scores.map((s) => s.anomaly)).toEqual([false, true]);
    expect(result.detector).toBe(model);
  });

  it("scores nothing, without throwing, when there are no sessions", () => {
    const result = detectSessionsOf([]);
    expect(result.scores).toEqual([]);
    expect(result.threshold).toBe(Number.POSITIVE_INFINITY);
  });

  it("returns no attributions for families that cannot explain scores", () => {
    const result = detectSessionsOf(blocks(), { detector: "isolation-forest" });
    expect(result.detector.kind).toBe("isolation-forest");
    expect(result.attributions.size).toBe(0);
    expect(result.lines.size).toBe(0);
  });

  it("explains PCA anomalies by their residual templates", () => {
    const result = detectSessionsOf(blocks(), { detector: "pca" });
    expect(result.scores.filter((s) => s.anomaly).map((s) => s.sessionId)).toEqual(["bad1", "bad2"]);
    // bad1 has three E7 exceptions and no E26 at all: both residuals are equal (0.39 each).
    expect(result.attributions.get("bad1")!.slice(0, 2).map((a) => a.templateId).sort()).toEqual([26, 7].sort());
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
