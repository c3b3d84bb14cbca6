/** How exceptional a score is among the batch's anomalous sessions, in [0, 1], whatever the detector's scale. */
import { comparableScore } from "./anomalous-session";

/**
 * Scales differ by detector: isolation-forest scores lie in [0, 1], invariants mining counts broken
 * invariants (1, 2, … 130 on LogHub 2k), PCA gives squared residuals. A rank means the same for
 * every one of them and for any monotone rescaling. The reference is the anomalous sessions, not
 * every session: the detector already set those apart, and some flag most of a batch (Mac 2k:
 * 880 of 918 windows), where a rank among all sessions would call nearly every anomaly extreme.
 */
export class AnomalyStrength {
  private readonly sorted: Float64Array;

  constructor(anomalousScores: Iterable<number>) {
    this.sorted = Float64Array.from(anomalousScores, comparableScore).sort();
  }

  /**
   * Mid-rank percentile: (scores below + half the scores equal) / count. Ties share a rank, so
   * when every anomaly scores the same (HDFS 2k: all 510 break one invariant) each gets 0.5 and
   * none stands out. `score` is one of the batch's own (an incident's highest session score).
   */
  of(score: number): number {
    const value = comparableScore(score);
    const below = this.firstIndexWhere((s) => s >= value);
    const notAbove = this.firstIndexWhere((s) => s > value);
    return (below + (notAbove - below) / 2) / this.sorted.length;
  }

  /** Binary search over the ascending scores for the first one satisfying a monotone predicate. */
  private firstIndexWhere(predicate: (score: number) => boolean): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (predicate(this.sorted[middle])) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }
}
