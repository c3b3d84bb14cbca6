/** A dense row-major matrix of per-session features. */
export interface FeatureMatrix {
  rows: number;
  cols: number;
  /** rows × cols values, row-major. */
  values: Float64Array;
  /** Session id of each row. */
  rowKeys: string[];
  /** Name of each column (e.g. `count:E5`, `bigram:E5>E7`, `timing:duration`). */
  columnNames: string[];
}

export function rowOf(matrix: FeatureMatrix, row: number): Float64Array {
  return matrix.values.subarray(row * matrix.cols, (row + 1) * matrix.cols);
}
