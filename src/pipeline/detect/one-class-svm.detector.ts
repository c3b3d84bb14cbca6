/**
 * One-Class SVM (Schölkopf et al. 2001) with an RBF kernel, trained by libsvm-js (LIBSVM compiled
 * to asm.js) on a seeded sample of rows; scored here from the parsed model, distinct rows once.
 */
import SVM from "libsvm-js/asm";
import { Random } from "ml-random";
import { z } from "zod";
import type { FeatureMatrix } from "../../domain/feature-matrix";
import { checkColumns, checkFitRows, notFitted, type Detector, type DetectorInput } from "./detector";
import { distinctRows, expandScores } from "./distinct-rows";
import { parseOneClassModel, type RbfOneClassModel } from "./libsvm-model";

const OneClassSvmOptionsSchema = z.object({
  /** Upper bound on the share of training rows outside the boundary; 0.1 sits above HDFS's 2.9% anomalies. */
  nu: z.number().gt(0).max(1),
  /** RBF γ; when absent, scikit-learn's "scale": 1 / (columns · variance of all training values). */
  gamma: z.number().positive().optional(),
  /**
   * Rows LIBSVM trains on, drawn at random: its solver is quadratic or worse in rows and has no
   * row weights, so distinct rows cannot stand in for their copies. 2,000 rows train in ~1 s.
   */
  maxTrainingRows: z.number().int().min(2),
  seed: z.number().int(),
});
export type OneClassSvmOptions = z.infer<typeof OneClassSvmOptionsSchema>;

export const DEFAULT_ONE_CLASS_SVM_OPTIONS: OneClassSvmOptions = { nu: 0.1, maxTrainingRows: 2_000, seed: 7160 };

export const OneClassSvmModelSchema = z.object({
  version: z.literal(1),
  kind: z.literal("one-class-svm"),
  options: OneClassSvmOptionsSchema,
  columns: z.number().int().min(1),
  gamma: z.number().positive(),
  rho: z.number(),
  coefficients: z.array(z.number()),
  supportVectors: z.array(z.array(z.number())),
});
export type OneClassSvmModel = z.infer<typeof OneClassSvmModelSchema>;

export class OneClassSvmDetector implements Detector<OneClassSvmModel> {
  readonly kind = "one-class-svm" as const;
  readonly options: OneClassSvmOptions;
  private fitted?: RbfOneClassModel & { columns: number };

  constructor(options: Partial<OneClassSvmOptions> = {}) {
    this.options = OneClassSvmOptionsSchema.parse({ ...DEFAULT_ONE_CLASS_SVM_OPTIONS, ...options });
  }

  fit({ matrix }: DetectorInput): void {
    checkFitRows(this.kind, matrix);
    const rows = drawRows(matrix, this.options.maxTrainingRows, this.options.seed);
    const gamma = this.options.gamma ?? scaleGamma(rows);
    const svm = new SVM({ type: SVM.SVM_TYPES.ONE_CLASS, kernel: SVM.KERNEL_TYPES.RBF, nu: this.options.nu, gamma, quiet: true });
    try {
      svm.train(rows, new Array<number>(rows.length).fill(0));
      this.fitted = { ...parseOneClassModel(svm.serializeModel(), matrix.cols), columns: matrix.cols };
    } finally {
      svm.free();
    }
  }

  /** −(Σ αᵢ·exp(−γ‖x − svᵢ‖²) − ρ): LIBSVM's decision value, negated so outside the boundary is high. */
  score({ matrix }: DetectorInput): Float64Array {
    const fitted = this.model();
    checkColumns(this.kind, fitted.columns, matrix);
    const distinct = distinctRows(matrix);
    const vectors = Float64Array.from(fitted.supportVectors.flat());
    const scores = new Float64Array(distinct.count);
    for (let d = 0; d < distinct.count; d++) {
      let decision = -fitted.rho;
      fitted.coefficients.forEach((alpha, s) => {
        let squared = 0;
        for (let c = 0; c < distinct.cols; c++) {
          const diff = distinct.values[d * distinct.cols + c] - vectors[s * distinct.cols + c];
          squared += diff * diff;
        }
        decision += alpha * Math.exp(-fitted.gamma * squared);
      });
      scores[d] = -decision;
    }
    return expandScores(distinct, scores);
  }

  toJSON(): OneClassSvmModel {
    const { columns, gamma, rho, coefficients, supportVectors } = this.model();
    return { version: 1, kind: this.kind, options: { ...this.options }, columns, gamma, rho, coefficients: [...coefficients], supportVectors: supportVectors.map((v) => [...v]) };
  }

  static fromModel(model: OneClassSvmModel): OneClassSvmDetector {
    if (model.coefficients.length !== model.supportVectors.length || model.supportVectors.some((v) => v.length !== model.columns)) {
      throw new RangeError(`invalid detector model: one-class-svm needs one coefficient per support vector of ${model.columns} columns`);
    }
    const detector = new OneClassSvmDetector(model.options);
    const { columns, gamma, rho, coefficients, supportVectors } = model;
    detector.fitted = { columns, gamma, rho, coefficients: [...coefficients], supportVectors: supportVectors.map((v) => [...v]) };
    return detector;
  }

  private model() {
    if (!this.fitted) {
      throw notFitted(this.kind);
    }
    return this.fitted;
  }
}

/** At most `max` rows as number[][] (what LIBSVM takes), drawn without replacement by a seeded shuffle. */
function drawRows(matrix: FeatureMatrix, max: number, seed: number): number[][] {
  const random = new Random(seed);
  const order = Int32Array.from({ length: matrix.rows }, (_, i) => i);
  const count = Math.min(max, matrix.rows);
  const rows: number[][] = [];
  for (let i = 0; i < count; i++) {
    const j = random.randInt(i, matrix.rows);
    [order[i], order[j]] = [order[j], order[i]];
    rows.push(Array.from(matrix.values.subarray(order[i] * matrix.cols, (order[i] + 1) * matrix.cols)));
  }
  return rows;
}

/** 1 / (columns · Var(all values)); 1 / columns when every value is equal. */
function scaleGamma(rows: readonly number[][]): number {
  const values = rows.flat();
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return 1 / (rows[0].length * (variance > 0 ? variance : 1));
}
