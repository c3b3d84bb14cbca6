/** Robust covariance (Elliptic Envelope): squared Mahalanobis distance from the FAST-MCD location and scatter. */
import { inverse, Matrix } from "ml-matrix";
import { Random } from "ml-random";
import { z } from "zod";
import type { FeatureMatrix } from "../../domain/feature-matrix";
import { checkColumns, checkFitRows, notFitted, type Detector, type DetectorInput } from "./detector";
import { distinctRows, expandScores } from "./distinct-rows";
import { minimumCovariance, squaredMahalanobis, type Location } from "./minimum-covariance";

const RobustCovarianceOptionsSchema = z.object({
  /**
   * h / n: the share of sessions the estimate must cover (tolerating up to 1 − h/n anomalies).
   * 0.9, not the maximal-breakdown (n + p + 1) / 2n: with 0.75 the h sessions on the 100k dev
   * sample held only the commonest count vectors, every template outside them had zero
   * variance, and normal variants (25% of blocks serve reads: E3, E4) lay "far" (F1 0, 0.939 at 0.9).
   */
  supportFraction: z.number().gt(0.5).max(1),
  /** Random starts; FAST-MCD's authors found 10 enough once C-steps run to convergence. */
  starts: z.number().int().min(1),
  /** Diagonal loading, as a share of the mean variance, so constant columns do not make Σ singular. */
  ridge: z.number().gt(0),
  seed: z.number().int(),
});
export type RobustCovarianceOptions = z.infer<typeof RobustCovarianceOptionsSchema>;

export const DEFAULT_ROBUST_COVARIANCE_OPTIONS: RobustCovarianceOptions = { supportFraction: 0.9, starts: 10, ridge: 1e-3, seed: 7160 };

export const RobustCovarianceModelSchema = z.object({
  version: z.literal(1),
  kind: z.literal("robust-covariance"),
  options: RobustCovarianceOptionsSchema,
  mean: z.array(z.number()),
  covariance: z.array(z.array(z.number())),
});
export type RobustCovarianceModel = z.infer<typeof RobustCovarianceModelSchema>;

export class RobustCovarianceDetector implements Detector<RobustCovarianceModel> {
  readonly kind = "robust-covariance" as const;
  readonly options: RobustCovarianceOptions;
  private fitted?: { location: Location; precision: Matrix };

  constructor(options: Partial<RobustCovarianceOptions> = {}) {
    this.options = RobustCovarianceOptionsSchema.parse({ ...DEFAULT_ROBUST_COVARIANCE_OPTIONS, ...options });
  }

  /** On distinct rows weighted by multiplicity: C-steps cost O(distinct · cols²), not O(sessions · cols²). */
  fit({ matrix }: DetectorInput): void {
    checkFitRows(this.kind, matrix);
    const { supportFraction, starts, ridge, seed } = this.options;
    const location = minimumCovariance(distinctRows(matrix), { supportFraction, starts, ridge, random: new Random(seed) });
    this.fitted = withPrecision(location);
  }

  score({ matrix }: DetectorInput): Float64Array {
    const { location } = this.checked(matrix);
    const distinct = distinctRows(matrix);
    return expandScores(distinct, squaredMahalanobis(distinct, location));
  }

  /** (x − μ)ⱼ · (Σ⁻¹(x − μ))ⱼ: the column terms that sum to the squared distance. */
  explain({ matrix }: DetectorInput, row: number): Float64Array {
    const { location, precision } = this.checked(matrix);
    const centred = Array.from(location.mean, (m, c) => matrix.values[row * matrix.cols + c] - m);
    const weighted = precision.mmul(Matrix.columnVector(centred)).getColumn(0);
    return Float64Array.from(centred, (d, c) => d * weighted[c]);
  }

  toJSON(): RobustCovarianceModel {
    const { location } = this.model();
    return { version: 1, kind: this.kind, options: { ...this.options }, mean: Array.from(location.mean), covariance: location.covariance.to2DArray() };
  }

  static fromModel(model: RobustCovarianceModel): RobustCovarianceDetector {
    const cols = model.mean.length;
    if (cols === 0 || model.covariance.length !== cols || model.covariance.some((row) => row.length !== cols)) {
      throw new RangeError(`invalid detector model: robust-covariance needs a ${cols} × ${cols} covariance`);
    }
    const detector = new RobustCovarianceDetector(model.options);
    detector.fitted = withPrecision({ mean: Float64Array.from(model.mean), covariance: new Matrix(model.covariance), logDeterminant: Number.NaN });
    return detector;
  }

  private checked(matrix: FeatureMatrix) {
    const fitted = this.model();
    checkColumns(this.kind, fitted.location.mean.length, matrix);
    return fitted;
  }

  private model() {
    if (!this.fitted) {
      throw notFitted(this.kind);
    }
    return this.fitted;
  }
}

function withPrecision(location: Location): { location: Location; precision: Matrix } {
  return { location, precision: inverse(location.covariance) };
}
