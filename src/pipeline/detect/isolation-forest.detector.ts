/** Isolation Forest (Liu et al. 2008) trained by ml-isolation-forest, with seed, subsampling and persistence added. */
import { IsolationForest } from "ml-isolation-forest";
import { Random } from "ml-random";
import { z } from "zod";
import { rowOf, type FeatureMatrix } from "../../domain/feature-matrix";
import { checkColumns, checkFitRows, notFitted, type Detector, type DetectorInput } from "./detector";
import { checkFlatForest, flattenTrees, scoreFlatForest, type FlatForest } from "./isolation-forest-arrays";
import { withSeededMathRandom } from "./seeded-math-random";

const IsolationForestOptionsSchema = z.object({
  /** 100 trees: path lengths converge well before that (Liu et al. 2008, Fig. 11). */
  trees: z.number().int().min(1),
  /** ψ = 256 rows per tree, the paper's default: larger samples add swamping, not accuracy. */
  sampleSize: z.number().int().min(2),
  seed: z.number().int(),
});
export type IsolationForestOptions = z.infer<typeof IsolationForestOptionsSchema>;

export const DEFAULT_ISOLATION_FOREST_OPTIONS: IsolationForestOptions = { trees: 100, sampleSize: 256, seed: 7160 };

export const IsolationForestModelSchema = z.object({
  version: z.literal(1),
  kind: z.literal("isolation-forest"),
  options: IsolationForestOptionsSchema,
  columns: z.number().int().min(1),
  /** ψ actually used: min(sampleSize, training rows). */
  sampleSize: z.number().int().min(1),
  roots: z.array(z.number().int().min(0)),
  column: z.array(z.number().int().min(-1)),
  value: z.array(z.number()),
  left: z.array(z.number().int().min(-1)),
  right: z.array(z.number().int().min(-1)),
  size: z.array(z.number().int().min(0)),
});
export type IsolationForestModel = z.infer<typeof IsolationForestModelSchema>;

export class IsolationForestDetector implements Detector<IsolationForestModel> {
  readonly kind = "isolation-forest" as const;
  readonly options: IsolationForestOptions;
  private fitted?: { forest: FlatForest; columns: number; sampleSize: number };

  constructor(options: Partial<IsolationForestOptions> = {}) {
    this.options = IsolationForestOptionsSchema.parse({ ...DEFAULT_ISOLATION_FOREST_OPTIONS, ...options });
  }

  /**
   * The package trains every tree on all rows it is given, so each tree gets its own forest of
   * one, trained on ψ rows drawn without replacement (STACK.md §4's verified trick); the trees
   * are then flattened, which is what gets scored and saved.
   */
  fit({ matrix }: DetectorInput): void {
    checkFitRows(this.kind, matrix);
    const random = new Random(this.options.seed);
    const sampleSize = Math.min(this.options.sampleSize, matrix.rows);
    const rowIndices = Int32Array.from({ length: matrix.rows }, (_, i) => i);
    const trees = withSeededMathRandom(random, () =>
      Array.from({ length: this.options.trees }, () => {
        const single = new IsolationForest({ nEstimators: 1 });
        single.train(drawRows(matrix, rowIndices, sampleSize, random));
        return single.forest[0];
      }),
    );
    this.fitted = { forest: flattenTrees(trees), columns: matrix.cols, sampleSize };
  }

  score({ matrix }: DetectorInput): Float64Array {
    const { forest, columns, sampleSize } = this.model();
    checkColumns(this.kind, columns, matrix);
    return scoreFlatForest(forest, sampleSize, matrix);
  }

  toJSON(): IsolationForestModel {
    const { forest, columns, sampleSize } = this.model();
    return {
      version: 1,
      kind: this.kind,
      options: { ...this.options },
      columns,
      sampleSize,
      roots: [...forest.roots],
      column: Array.from(forest.column),
      value: Array.from(forest.value),
      left: Array.from(forest.left),
      right: Array.from(forest.right),
      size: Array.from(forest.size),
    };
  }

  static fromModel(model: IsolationForestModel): IsolationForestDetector {
    const detector = new IsolationForestDetector(model.options);
    const forest = {
      roots: [...model.roots],
      column: Int32Array.from(model.column),
      value: Float64Array.from(model.value),
      left: Int32Array.from(model.left),
      right: Int32Array.from(model.right),
      size: Int32Array.from(model.size),
    };
    checkFlatForest(forest, model.columns);
    detector.fitted = { forest, columns: model.columns, sampleSize: model.sampleSize };
    return detector;
  }

  private model() {
    if (!this.fitted) {
      throw notFitted(this.kind);
    }
    return this.fitted;
  }
}

/** ψ distinct rows by a partial Fisher–Yates shuffle of `indices` (reused across trees). */
function drawRows(matrix: FeatureMatrix, indices: Int32Array, count: number, random: Random): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < count; i++) {
    const j = random.randInt(i, indices.length);
    [indices[i], indices[j]] = [indices[j], indices[i]];
    rows.push(Array.from(rowOf(matrix, indices[i])));
  }
  return rows;
}
