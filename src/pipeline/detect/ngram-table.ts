/** Next-event counts after each history of the last n−1 events, with START/END padding and back-off. */

/** Padding before the first event and the token after the last: "the session ended here". */
const START = -1;
export const END = -2;

export interface NgramContext {
  history: number[];
  next: number[];
  counts: number[];
}

export class NgramTable {
  private readonly contexts = new Map<string, Map<number, number>>();
  private readonly totals = new Map<string, number>();
  private readonly tokens = new Set<number>([END]);

  constructor(readonly history: number) {}

  /** Counts every (history, next) pair of `events`, `times` over, for all history lengths 0..n−1 (for back-off). */
  add(events: readonly number[], times = 1): void {
    const padded = [...new Array<number>(this.history).fill(START), ...events, END];
    for (let i = this.history; i < padded.length; i++) {
      this.tokens.add(padded[i]);
      for (let length = 0; length <= this.history; length++) {
        this.count(padded.slice(i - length, i).join(","), padded[i], times);
      }
    }
  }

  /**
   * −ln p(next | history) for every event and for END (length events + 1), with add-α smoothing
   * over the tokens seen in training plus one for "never seen". The history backs off to its
   * longest suffix seen in training, so an unseen context is judged by a shorter one.
   */
  surprisals(events: readonly number[], alpha: number): Float64Array {
    const padded = [...new Array<number>(this.history).fill(START), ...events, END];
    const out = new Float64Array(events.length + 1);
    const vocabulary = this.tokens.size + 1;
    for (let i = this.history; i < padded.length; i++) {
      let length = this.history;
      while (length > 0 && !this.totals.has(padded.slice(i - length, i).join(","))) {
        length--;
      }
      const key = padded.slice(i - length, i).join(",");
      const seen = this.contexts.get(key)?.get(padded[i]) ?? 0;
      out[i - this.history] = -Math.log((seen + alpha) / ((this.totals.get(key) ?? 0) + alpha * vocabulary));
    }
    return out;
  }

  toContexts(): NgramContext[] {
    return [...this.contexts].map(([key, nexts]) => ({
      history: key === "" ? [] : key.split(",").map(Number),
      next: [...nexts.keys()],
      counts: [...nexts.values()],
    }));
  }

  static fromContexts(history: number, contexts: readonly NgramContext[]): NgramTable {
    const table = new NgramTable(history);
    for (const context of contexts) {
      if (context.history.length > history || context.next.length !== context.counts.length) {
        throw new RangeError(`invalid detector model: n-gram context [${context.history.join(", ")}] does not fit history ${history}`);
      }
      context.next.forEach((next, i) => {
        table.count(context.history.join(","), next, context.counts[i]);
        table.tokens.add(next);
      });
    }
    return table;
  }

  private count(key: string, next: number, times: number): void {
    let nexts = this.contexts.get(key);
    if (!nexts) {
      nexts = new Map();
      this.contexts.set(key, nexts);
    }
    nexts.set(next, (nexts.get(next) ?? 0) + times);
    this.totals.set(key, (this.totals.get(key) ?? 0) + times);
  }
}
