/** Append-only typed arrays that double when full: compact per-event columns for millions of lines. */

const INITIAL_CAPACITY = 1024;

type NumberArray = Int32Array | Float64Array;

class GrowableArray<T extends NumberArray> {
  private data: T;
  length = 0;

  constructor(private readonly allocate: (capacity: number) => T) {
    this.data = allocate(INITIAL_CAPACITY);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.allocate(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index];
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** A view of the filled part (shares memory; valid until the next push). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

export class GrowableInt32Array extends GrowableArray<Int32Array> {
  constructor() {
    super((capacity) => new Int32Array(capacity));
  }
}

export class GrowableFloat64Array extends GrowableArray<Float64Array> {
  constructor() {
    super((capacity) => new Float64Array(capacity));
  }
}
