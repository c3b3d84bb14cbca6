/** Reads the support vectors, coefficients, ρ and γ out of a one-class RBF model in LIBSVM's text format. */

export interface RbfOneClassModel {
  gamma: number;
  rho: number;
  /** α of each support vector. */
  coefficients: number[];
  /** Dense support vectors, `columns` values each. */
  supportVectors: number[][];
}

/**
 * The format of LIBSVM's `svm_save_model`: header lines (`svm_type one_class`, `gamma 0.5`,
 * `rho 1.9`, …), then `SV`, then one line per support vector: `α index:value …` with 1-based
 * indices and zeros left out.
 */
export function parseOneClassModel(text: string, columns: number): RbfOneClassModel {
  const lines = text.split("\n").map((line) => line.trim());
  const svAt = lines.indexOf("SV");
  const header = new Map(lines.slice(0, svAt).map((line) => [line.split(" ")[0], line.split(" ").slice(1).join(" ")] as const));
  if (svAt < 0 || header.get("svm_type") !== "one_class" || header.get("kernel_type") !== "rbf") {
    throw new Error(`libsvm-js returned an unexpected model: ${lines.slice(0, 3).join(" | ")}`);
  }
  const coefficients: number[] = [];
  const supportVectors: number[][] = [];
  for (const line of lines.slice(svAt + 1).filter(Boolean)) {
    const [alpha, ...cells] = line.split(" ");
    const vector = new Array<number>(columns).fill(0);
    for (const cell of cells) {
      const [index, value] = cell.split(":");
      vector[Number(index) - 1] = Number(value);
    }
    coefficients.push(Number(alpha));
    supportVectors.push(vector);
  }
  return { gamma: Number(header.get("gamma")), rho: Number(header.get("rho")), coefficients, supportVectors };
}
