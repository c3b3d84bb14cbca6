/** An orthonormal basis of the relations kept so far, to test whether a new one adds anything. */

/** Relative residual below which a relation counts as a combination of the kept ones. */
const DEPENDENT = 1e-9;

export class RelationBasis {
  /** Orthonormal vectors, each a map column → value (relations touch a handful of columns). */
  private readonly vectors: Map<number, number>[] = [];

  /** True when θ is not in the span of the kept relations (Gram–Schmidt residual is non-zero). */
  isIndependent(columns: readonly number[], coefficients: readonly number[]): boolean {
    const residual = this.residual(columns, coefficients);
    return norm(residual) > DEPENDENT * norm(new Map(columns.map((c, i) => [c, coefficients[i]])));
  }

  add(columns: readonly number[], coefficients: readonly number[]): void {
    const residual = this.residual(columns, coefficients);
    const length = norm(residual);
    if (length > 0) {
      this.vectors.push(new Map([...residual].map(([c, v]) => [c, v / length])));
    }
  }

  private residual(columns: readonly number[], coefficients: readonly number[]): Map<number, number> {
    const residual = new Map(columns.map((c, i) => [c, coefficients[i]]));
    for (const vector of this.vectors) {
      let dot = 0;
      vector.forEach((v, c) => (dot += v * (residual.get(c) ?? 0)));
      vector.forEach((v, c) => residual.set(c, (residual.get(c) ?? 0) - dot * v));
    }
    return residual;
  }
}

function norm(vector: Map<number, number>): number {
  let sum = 0;
  vector.forEach((v) => (sum += v * v));
  return Math.sqrt(sum);
}
