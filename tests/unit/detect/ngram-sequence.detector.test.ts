import type { Session } from "../../../src/domain/session";
import { loadDetector, NgramSequenceDetector, type DetectorInput } from "../../../src/pipeline/detect";
import { detectSessionsOf } from "../../../src/pipeline/run-pipeline";
import { matrixOf } from "./fixtures";

let nextLine = 1;
const session = (id: string, templateIds: number[]): Session => ({ id, templateIds, lineIds: templateIds.map(() => nextLine++), timestamps: templateIds.map(() => NaN) });

function inputOfSessions(sessions: Session[]): DetectorInput {
  return { matrix: { ...matrixOf(sessions.map(() => [0])), rowKeys: sessions.map((s) => s.id) }, sessions };
}

describe("NgramSequenceDetector", () => {
  // Nine sessions 1 → 2 and one 1 → 3. With α = 0.1 and the tokens {END, 1, 2, 3} (+1 unseen), V = 5.
  const training = [...Array.from({ length: 9 }, (_, i) => session(`a${i}`, [1, 2])), session("b", [1, 3])];

  it("scores the least likely step, by hand: −ln p with add-α smoothing", () => {
    const detector = new NgramSequenceDetector({ history: 1, smoothing: 0.1 });
    detector.fit(inputOfSessions(training));
    const [common, rare, unfinished] = detector.score(inputOfSessions([session("x", [1, 2]), session("y", [1, 3]), session("z", [1])]));
    expect(common).toBeCloseTo(-Math.log(9.1 / 10.5), 12); // p(2 | 1) is its least likely step
    expect(rare).toBeCloseTo(-Math.log(1.1 / 10.5), 12); // p(3 | 1)
    expect(unfinished).toBeCloseTo(-Math.log(0.1 / 10.5), 12); // p(END | 1): never seen
  });

  it("blames the surprising event's line, and the last line for a missing end", () => {
    const detector = new NgramSequenceDetector({ history: 1 });
    detector.fit(inputOfSessions(training));
    const input = inputOfSessions([session("y", [1, 3])]);
    const events = detector.explainEvents(input, 0);
    expect(events[1]).toBeGreaterThan(events[0]);
  });

  it("backs off to a shorter history for a context never seen", () => {
    const detector = new NgramSequenceDetector({ history: 2, smoothing: 0.1 });
    detector.fit(inputOfSessions(training));
    const [score] = detector.score(inputOfSessions([session("new", [3, 2])]));
    expect(Number.isFinite(score)).toBe(true);
  });

  it("says it needs the sessions, and round-trips through JSON", () => {
    const detector = new NgramSequenceDetector();
    expect(() => detector.fit({ matrix: matrixOf([[0]]) })).toThrow(/needs the sessions/);
    detector.fit(inputOfSessions(training));
    const restored = loadDetector(JSON.parse(JSON.stringify(detector.toJSON())));
    const probe = inputOfSessions([session("p", [1, 3, 2]), session("q", [2])]);
    expect(restored.score(probe)).toEqual(detector.score(probe));
  });

  it("gives line-level attributions through detectAnomalies", () => {
    const sessions = [...Array.from({ length: 200 }, (_, i) => session(`n${i}`, [22, 5, 5, 11, 9, 26])), session("cut", [22, 5, 5])];
    const result = detectSessionsOf(sessions, { detector: "ngram-sequence", threshold: { kind: "fixed", value: 3 } });
    expect(result.scores.filter((s) => s.anomaly).map((s) => s.sessionId)).toEqual(["cut"]);
    const cut = sessions[200];
    expect(result.lines.get("cut")![0]).toEqual(expect.objectContaining({ lineId: cut.lineIds[2], templateId: 5 }));
    expect(result.attributions.get("cut")![0].templateId).toBe(5);
  });
});
