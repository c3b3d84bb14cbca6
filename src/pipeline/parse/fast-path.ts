/** Masked line → cluster, so a line whose masked form was seen before skips the tree. */

/**
 * A bounded map that forgets its oldest entry first. FIFO rather than LRU: a hit costs one Map
 * lookup and no reordering, and the templates that matter keep being re-learned when evicted.
 */
export class FastPath {
  private readonly byMasked = new Map<string, number>();

  constructor(private readonly capacity: number) {}

  get(masked: string): number | undefined {
    return this.byMasked.get(masked);
  }

  remember(masked: string, clusterId: number): void {
    if (this.capacity === 0) {
      return;
    }
    if (this.byMasked.size >= this.capacity && !this.byMasked.has(masked)) {
      const oldest = this.byMasked.keys().next();
      if (!oldest.done) {
        this.byMasked.delete(oldest.value);
      }
    }
    this.byMasked.set(masked, clusterId);
  }

  /** Entries oldest first, for snapshots (restoring them in order keeps eviction identical). */
  entries(): [string, number][] {
    return [...this.byMasked];
  }
}
