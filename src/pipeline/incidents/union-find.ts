/** Disjoint sets over 0..n-1, for merging the groups found by clustering and by shared templates. */
export class UnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }

  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) {
      root = this.parent[root];
    }
    // Path compression keeps later finds near O(1) at 20k sessions.
    let node = item;
    while (this.parent[node] !== root) {
      const next = this.parent[node];
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** The smaller root wins, so the result does not depend on the order unions are applied in. */
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) {
      return;
    }
    if (rootA < rootB) {
      this.parent[rootB] = rootA;
    } else {
      this.parent[rootA] = rootB;
    }
  }

  /** Members of each set, sets ordered by their smallest member, members ascending. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let item = 0; item < this.parent.length; item++) {
      const root = this.find(item);
      const members = byRoot.get(root);
      if (members) {
        members.push(item);
      } else {
        byRoot.set(root, [item]);
      }
    }
    return [...byRoot.values()];
  }
}
