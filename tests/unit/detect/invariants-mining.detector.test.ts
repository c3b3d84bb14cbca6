import { InvariantsMiningDetector, loadDetector } from "../../../src/pipeline/detect";
import type { FeatureMatrix } from "../../../src/domain/feature-matrix";

/** Count rows over named templates (columns `count:E1`, …), as the features stage writes them. */
function counts(rows: number[][]): FeatureMatrix {
  const cols = rows[0].length;
  return { rows: rows.length, cols, values: Float64Array.from(rows.flat()), rowKeys: rows.map((_, i) => `s${i}`), columnNames: Array.from({ length: cols }, (_, c) => `count:E${c + 1}`) };
}

const repeat = (row: number[], times: number) => Array.from({ length: times }, () => [...row]);

describe("InvariantsMiningDetector", () => {
  it("mines E1 = E2 and 'E3 never occurs', and scores the broken invariants exactly", () => {
    // E1 and E2 always balance at 1, 2 or 3; E3 shows up once in 400 sessions.
    const rows = [...repeat([1, 1, 0], 150), ...repeat([2, 2, 0], 150), ...repeat([3, 3, 0], 99), [1, 1, 1]];
    const detector = new InvariantsMiningDetector();
    detector.fit({ matrix: counts(rows) });
    expect(detector.invariants.map(({ columns, coefficients }) => ({ columns, coefficients }))).toEqual([
      { columns: [0, 1], coefficients: [1, -1] },
      { columns: [2], coefficients: [1] },
    ]);
    expect(Array.from(detector.score({ matrix: counts([[2, 2, 0], [2, 1, 0], [2, 1, 4], [5, 5, 0]]) }))).toEqual([0, 1, 2, 0]);
    expect(detector.cutoff).toBe(0.5);
  });

  it("keeps a rare workflow whose own relations balance normal, and flags a half-finished one", () => {
    // 95%: A = B = 3. 2%: a side workflow C = D adds one A (A = B + C). 3%: A without B.
    const rows = [...repeat([3, 3, 0, 0], 950), ...repeat([4, 3, 1, 1], 20), ...repeat([2, 0, 0, 0], 30)];
    const detector = new InvariantsMiningDetector();
    detector.fit({ matrix: counts(rows) });
    const scores = detector.score({ matrix: counts([[3, 3, 0, 0], [4, 3, 1, 1], [2, 0, 0, 0], [4, 3, 0, 1]]) });
    expect(Array.from(scores, (s) => s > detector.cutoff)).toEqual([false, false, true, true]);
  });

  it("blames the templates of each broken invariant, shared by |coefficient|", () => {
    const rows = [...repeat([1, 1, 0], 200), ...repeat([2, 2, 0], 200)];
    const detector = new InvariantsMiningDetector();
    detector.fit({ matrix: counts(rows) });
    expect(Array.from(detector.explain({ matrix: counts([[3, 1, 2]]) }, 0))).toEqual([0.5, 0.5, 1]);
  });

  it("needs whole counts: log or weighted columns never balance", () => {
    const logged = counts([[Math.log1p(1), Math.log1p(1), 0]]);
    expect(() => new InvariantsMiningDetector().fit({ matrix: logged })).toThrow(/raw template counts/);
    const noCounts = { ...counts([[1]]), columnNames: ["timing:duration"] };
    expect(() => new InvariantsMiningDetector().fit({ matrix: noCounts })).toThrow(RangeError);
  });

  it("round-trips through JSON and rejects invariants outside the columns", () => {
    const detector = new InvariantsMiningDetector({ minSupport: 0.95 });
    const matrix = counts([...repeat([1, 1, 0], 50), ...repeat([2, 2, 0], 50), [1, 0, 3]]);
    detector.fit({ matrix });
    const model = JSON.parse(JSON.stringify(detector.toJSON()));
    const restored = loadDetector(model);
    expect(restored.score({ matrix })).toEqual(detector.score({ matrix }));
    expect(restored.toJSON()).toEqual(detector.toJSON());
    expect(() => loadDetector({ ...model, columns: 1 })).toThrow(/invalid detector model/);
  });
});
