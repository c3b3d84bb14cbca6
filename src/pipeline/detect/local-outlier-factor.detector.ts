/** Local Outlier Factor (Breunig et al., SIGMOD 2000) on distinct rows weighted by their multiplicity. */
import { Random } from "ml-random";
import { z } from "zod";
import type { FeatureMatrix } from "../../domain/feature-matrix";
import { checkColumns, checkFitRows, notFitted, type Detector, type DetectorInput } from "./detector";
import { distinctRows, expandScores } from "./distinct-rows";
import { neighbourhood, type Neighbourhood, type WeightedPoints } from "./weighted-neighbours";

const LocalOutlierFactorOptionsSchema = z.object({
  /** k = 20, scikit-learn's default and Breunig et al.'s lower bound for stable LOF values. */
  neighbours: z.number().int().min(1),
  /**
   * ...but at least this share of the rows: HDFS blocks repeat so much (51% of the dev sample
   * share one count vector) that 20 neighbours are copies of the point itself and LOF is 1 or
   * astronomic (ROC-AUC 0.56 on the 100k dev sample); 2% of rows gave 0.988.
   */
  minNeighbourShare: z.number().min(0).max(1),
  /**
   * The reference set is every distinct row while there are at most this many, else the distinct
   * rows of this many sessions drawn at random: fit and score are quadratic in distinct rows
   * (~1,200 for all 575,061 HDFS blocks' counts, but every row is distinct once timing is on).
   */
  maxReferencePoints: z.number().int().min(2),
  seed: z.number().int(),
});
export type LocalOutlierFactorOptions = z.infer<typeof LocalOutlierFactorOptionsSchema>;

export const DEFAULT_LOCAL_OUTLIER_FACTOR_OPTIONS: LocalOutlierFactorOptions = { neighbours: 20, minNeighbourShare: 0.02, maxReferencePoints: 3_000, seed: 7160 };

export const LocalOutlierFactorModelSchema = z.object({
  version: z.literal(1),
  kind: z.literal("local-outlier-factor"),
  options: LocalOutlierFactorOptionsSchema,
  columns: z.number().int().min(1),
  points: z.array(z.array(z.number())),
  weights: z.array(z.number().positive()),
  kDistances: z.array(z.number().min(0)),
  densities: z.array(z.number().positive()),
  factors: z.array(z.number()),
});
export type LocalOutlierFactorModel = z.infer<typeof LocalOutlierFactorModelSchema>;

interface Fitted extends WeightedPoints {
  kDistances: Float64Array;
  /** Local reachability density of each reference point. */
  densities: Float64Array;
  /** LOF of each reference point among the others (what its own copies score). */
  factors: Float64Array;
}

/** scikit-learn's guard: a neighbourhood of exact duplicates has reachability 0 and density 1e10. */
const REACH_FLOOR = 1e-10;

export class LocalOutlierFactorDetector implements Detector<LocalOutlierFactorModel> {
  readonly kind = "local-outlier-factor" as const;
  readonly options: LocalOutlierFactorOptions;
  private fitted?: Fitted;

  constructor(options: Partial<LocalOutlierFactorOptions> = {}) {
    this.options = LocalOutlierFactorOptionsSchema.parse({ ...DEFAULT_LOCAL_OUTLIER_FACTOR_OPTIONS, ...options });
  }

  fit({ matrix }: DetectorInput): void {
    checkFitRows(this.kind, matrix);
    const all = distinctRows(matrix);
    const max = this.options.maxReferencePoints;
    const points: WeightedPoints = all.count <= max ? all : distinctRows(sampleRows(matrix, max, this.options.seed));
    const k = this.neighboursFor(sumOf(points.weights));
    const areas = Array.from({ length: points.count }, (_, p) => neighbourhood(points, points.values, p * points.cols, k, p));
    const kDistances = Float64Array.from(areas, (area) => area.kDistance);
    const densities = Float64Array.from(areas, (area) => density(area, kDistances));
    const factors = Float64Array.from(areas, (area, p) => factor(area, densities, densities[p]));
    this.fitted = { ...points, kDistances, densities, factors };
  }

  /** Rows equal to a reference point score as that point did; others as new points. */
  score({ matrix }: DetectorInput): Float64Array {
    const fitted = this.model();
    checkColumns(this.kind, fitted.cols, matrix);
    const k = this.neighboursFor(sumOf(fitted.weights));
    const queries = distinctRows(matrix);
    const scores = new Float64Array(queries.count);
    for (let q = 0; q < queries.count; q++) {
      const area = neighbourhood(fitted, queries.values, q * queries.cols, k);
      scores[q] = area.distances[0] === 0 ? fitted.factors[area.indices[0]] : factor(area, fitted.densities, density(area, fitted.kDistances));
    }
    return expandScores(queries, scores);
  }

  toJSON(): LocalOutlierFactorModel {
    const f = this.model();
    return {
      version: 1,
      kind: this.kind,
      options: { ...this.options },
      columns: f.cols,
      points: Array.from({ length: f.count }, (_, p) => Array.from(f.values.subarray(p * f.cols, (p + 1) * f.cols))),
      weights: Array.from(f.weights),
      kDistances: Array.from(f.kDistances),
      densities: Array.from(f.densities),
      factors: Array.from(f.factors),
    };
  }

  static fromModel(model: LocalOutlierFactorModel): LocalOutlierFactorDetector {
    const count = model.points.length;
    const lengths = [model.weights, model.kDistances, model.densities, model.factors].map((a) => a.length);
    if (count === 0 || lengths.some((l) => l !== count) || model.points.some((p) => p.length !== model.columns)) {
      throw new RangeError(`invalid detector model: local-outlier-factor arrays must all describe ${count} points of ${model.columns} columns`);
    }
    const detector = new LocalOutlierFactorDetector(model.options);
    detector.fitted = {
      cols: model.columns,
      count,
      values: Float64Array.from(model.points.flat()),
      weights: Float64Array.from(model.weights),
      kDistances: Float64Array.from(model.kDistances),
      densities: Float64Array.from(model.densities),
      factors: Float64Array.from(model.factors),
    };
    return detector;
  }

  /** max(k, share · rows), and below the reference copies so a point always has neighbours. */
  private neighboursFor(copies: number): number {
    const wanted = Math.max(this.options.neighbours, Math.ceil(this.options.minNeighbourShare * copies));
    return Math.min(wanted, Math.max(copies - 1, 1));
  }

  private model(): Fitted {
    if (!this.fitted) {
      throw notFitted(this.kind);
    }
    return this.fitted;
  }
}

/** lrd = 1 / mean reach-dist, reach-dist(p, o) = max(k-distance(o), d(p, o)), weighted by copies. */
function density(area: Neighbourhood, kDistances: Float64Array): number {
  let reach = 0;
  let copies = 0;
  area.indices.forEach((o, i) => {
    reach += area.weights[i] * Math.max(kDistances[o], area.distances[i]);
    copies += area.weights[i];
  });
  return 1 / (reach / copies + REACH_FLOOR);
}

/** LOF = mean lrd of the neighbours / own lrd. */
function factor(area: Neighbourhood, densities: Float64Array, own: number): number {
  let sum = 0;
  let copies = 0;
  area.indices.forEach((o, i) => {
    sum += area.weights[i] * densities[o];
    copies += area.weights[i];
  });
  return sum / copies / own;
}

function sumOf(values: Float64Array): number {
  return values.reduce((a, b) => a + b, 0);
}

/** All rows when there are few enough, else a seeded draw without replacement (partial Fisher–Yates). */
function sampleRows(matrix: FeatureMatrix, max: number, seed: number): FeatureMatrix {
  if (matrix.rows <= max) {
    return matrix;
  }
  const random = new Random(seed);
  const order = Int32Array.from({ length: matrix.rows }, (_, i) => i);
  const values = new Float64Array(max * matrix.cols);
  for (let i = 0; i < max; i++) {
    const j = random.randInt(i, matrix.rows);
    [order[i], order[j]] = [order[j], order[i]];
    values.set(matrix.values.subarray(order[i] * matrix.cols, (order[i] + 1) * matrix.cols), i * matrix.cols);
  }
  return { ...matrix, rows: max, values, rowKeys: [] };
}
