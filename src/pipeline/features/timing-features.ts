/** Per-session timing features from line timestamps (ms); lines without a time are ignored. */
import type { Session } from "../../domain/session";

export const TIMING_COLUMNS = ["duration", "gap-mean", "gap-max", "gap-std", "lines"] as const;

/**
 * Writes [duration, mean, max and std of the gaps between consecutive times, line count] in
 * seconds into `out` at `offset`. Times are sorted first: lines from several nodes interleave
 * out of clock order, and a negative gap would mean nothing.
 */
export function writeTimingFeatures(session: Session, out: Float64Array, offset: number): void {
  const times = session.timestamps.filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  let sum = 0;
  let sumSquares = 0;
  let max = 0;
  for (let i = 1; i < times.length; i++) {
    const gap = (times[i] - times[i - 1]) / 1000;
    sum += gap;
    sumSquares += gap * gap;
    max = Math.max(max, gap);
  }
  const gaps = Math.max(times.length - 1, 0);
  const mean = gaps ? sum / gaps : 0;
  out[offset] = times.length ? (times[times.length - 1] - times[0]) / 1000 : 0;
  out[offset + 1] = mean;
  out[offset + 2] = max;
  out[offset + 3] = gaps ? Math.sqrt(Math.max(sumSquares / gaps - mean * mean, 0)) : 0;
  out[offset + 4] = session.templateIds.length;
}
