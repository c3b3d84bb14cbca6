/** Drain's fixed-depth prefix tree: word count, then the first words, then a list of clusters. */
import { PARAM } from "./masking";
import { hasParam } from "./template-token";

interface TreeNode {
  readonly children: Map<string, TreeNode>;
  /** Clusters stored at this leaf, oldest first. */
  readonly clusterIds: number[];
}

function newNode(): TreeNode {
  return { children: new Map(), clusterIds: [] };
}

/** Words holding a parameter branch to `<*>`, so `blk_<*>`-led lines do not fan out. */
function branchKey(token: string): string {
  return hasParam(token) ? PARAM : token;
}

/** The children a word leads to: its own branch and the `<*>` branch. */
function branches(node: TreeNode, key: string): TreeNode[] {
  const exact = node.children.get(key);
  const wildcard = key === PARAM ? undefined : node.children.get(PARAM);
  return [exact, wildcard].filter((child): child is TreeNode => child !== undefined);
}

export class PrefixTree {
  private readonly byLength = new Map<number, TreeNode>();

  /**
   * @param prefixTokens how many leading words route a line (Drain's depth minus 2).
   * @param maxChildren branches per node before further words share the `<*>` branch.
   */
  constructor(
    private readonly prefixTokens: number,
    private readonly maxChildren: number,
  ) {}

  /** Files a new cluster; returns its route (the branch keys taken) for remove() and snapshots. */
  add(clusterId: number, template: readonly string[]): string[] {
    const route: string[] = [];
    let node = this.rootFor(template.length);
    const depth = Math.min(this.prefixTokens, template.length);
    for (let i = 0; i < depth; i++) {
      const key = this.branchFor(node, branchKey(template[i]));
      node = this.child(node, key);
      route.push(key);
    }
    node.clusterIds.push(clusterId);
    return route;
  }

  /** Re-files a cluster along a recorded route; `live` false only recreates the branches. */
  restore(clusterId: number, length: number, route: readonly string[], live: boolean): void {
    const leaf = route.reduce((node, key) => this.child(node, key), this.rootFor(length));
    if (live) {
      leaf.clusterIds.push(clusterId);
    }
  }

  /** Takes a merged-away cluster out of its leaf; its branches stay, as they shape later routes. */
  remove(clusterId: number, length: number, route: readonly string[]): void {
    const leaf = route.reduce((node, key) => this.child(node, key), this.rootFor(length));
    const at = leaf.clusterIds.indexOf(clusterId);
    if (at >= 0) {
      leaf.clusterIds.splice(at, 1);
    }
  }

  /**
   * Clusters that may match `tokens`. Both the word's own branch and the `<*>` branch are
   * followed: a cluster filed under `<*>` (its first word was a parameter) must stay reachable
   * from lines whose first word happens to be literal. With `anyBranchForParams`, a word with
   * a parameter follows every branch: the clusters a widened template may now cover.
   */
  candidates(tokens: readonly string[], anyBranchForParams = false): number[] {
    const root = this.byLength.get(tokens.length);
    let level: TreeNode[] = root ? [root] : [];
    const depth = Math.min(this.prefixTokens, tokens.length);
    for (let i = 0; i < depth && level.length > 0; i++) {
      const key = branchKey(tokens[i]);
      level = level.flatMap((node) => (key === PARAM && anyBranchForParams ? [...node.children.values()] : branches(node, key)));
    }
    return level.flatMap((node) => node.clusterIds);
  }

  private rootFor(length: number): TreeNode {
    let root = this.byLength.get(length);
    if (!root) {
      root = newNode();
      this.byLength.set(length, root);
    }
    return root;
  }

  /** The branch a new word takes: its own, or `<*>` once the node is full (one slot kept for it). */
  private branchFor(node: TreeNode, key: string): string {
    if (node.children.has(key)) {
      return key;
    }
    const full = node.children.size >= this.maxChildren - (node.children.has(PARAM) ? 0 : 1);
    return full ? PARAM : key;
  }

  private child(node: TreeNode, key: string): TreeNode {
    let child = node.children.get(key);
    if (!child) {
      child = newNode();
      node.children.set(key, child);
    }
    return child;
  }
}
