/** All clusters, the indexes that find them, and the merges that keep one cluster per template. */
import type { ParsedLine } from "../../domain/template";
import { compatibleCluster, siblingsOf, unifies, unifyInto } from "./cluster-merging";
import type { DrainConfig } from "./drain-config";
import { absorbTokens, LogCluster } from "./log-cluster";
import { PrefixTree } from "./prefix-tree";
import { SiblingIndex } from "./sibling-index";
import { similarity } from "./similarity";
import type { ClusterSnapshot } from "./snapshot";
import { generalizeToken, hasParam } from "./template-token";

export class ClusterSet {
  /** Cluster `id` lives at index `id - 1`; merged clusters stay so old ids keep resolving. */
  private readonly clusters: LogCluster[] = [];
  private readonly routes: string[][] = [];
  private readonly texts: (string | undefined)[] = [];
  private readonly tree: PrefixTree;
  private readonly siblings = new SiblingIndex();
  /**
   * Live clusters, by word count, whose template now has a parameter where their tree route has
   * a word: the tree no longer leads lines to them, so lookups add them. Few: a cluster lands
   * here only when a routing word turns into a parameter.
   */
  private readonly misrouted = new Map<number, number[]>();

  constructor(private readonly config: DrainConfig) {
    this.tree = new PrefixTree(config.depth - 2, config.maxChildren);
  }

  /** Files one tokenized line: joins the best cluster, or makes a word a parameter, or creates one. */
  learn(tokens: readonly string[]): ParsedLine {
    const match = this.lookup(tokens);
    if (match) {
      match.size++;
      return absorbTokens(match.tokens, tokens) ? this.widened(match) : { templateId: match.id, change: "none" };
    }
    const sibling = this.parameterizedSibling(tokens);
    if (sibling) {
      sibling.size++;
      absorbTokens(sibling.tokens, tokens);
      return this.widened(sibling);
    }
    return { templateId: this.create(tokens).id, change: "created" };
  }

  /**
   * The cluster learn() would file the line under without creating or merging: of the
   * clusters the tree leads to, the most similar if similar enough, else one whose template
   * covers the line or is covered by it (a line with a parameter where older templates have
   * words is looked for down every branch).
   */
  lookup(tokens: readonly string[]): LogCluster | undefined {
    const misrouted = this.misrouted.get(tokens.length) ?? [];
    let best: LogCluster | undefined;
    let bestScore = -1;
    for (const id of [...this.tree.candidates(tokens), ...misrouted]) {
      const cluster = this.clusters[id - 1];
      const score = similarity(cluster.tokens, tokens);
      if (score > bestScore || (score === bestScore && best !== undefined && id < best.id)) {
        best = cluster;
        bestScore = score;
      }
    }
    if (bestScore >= this.config.similarityThreshold) {
      return best;
    }
    const reach = [...this.tree.candidates(tokens, true), ...misrouted].sort((a, b) => a - b);
    return compatibleCluster(tokens, reach, this.clusters);
  }

  canonical(id: number): LogCluster {
    let cluster = this.clusters[id - 1];
    if (!Number.isInteger(id) || cluster === undefined) {
      throw new RangeError(`unknown template id: ${id} (known ids are 1..${this.clusters.length})`);
    }
    while (cluster.mergedInto !== undefined) {
      cluster = this.clusters[cluster.mergedInto - 1];
    }
    return cluster;
  }

  text(id: number): string {
    const cluster = this.canonical(id);
    // A run token (`<*> <*>`) writes out with its arity, as LogHub writes fixed-length lists.
    return (this.texts[cluster.id - 1] ??= cluster.tokens.join(" "));
  }

  live(): LogCluster[] {
    return this.clusters.filter((c) => c.mergedInto === undefined);
  }

  toJSON(): ClusterSnapshot[] {
    return this.clusters.map((c, i) => ({ id: c.id, tokens: [...c.tokens], size: c.size, route: [...this.routes[i]], mergedInto: c.mergedInto }));
  }

  /** Rebuilds from a validated snapshot, replaying routes in id order so the tree is identical. */
  restore(snapshot: readonly ClusterSnapshot[]): void {
    for (const s of snapshot) {
      this.clusters.push({ id: s.id, tokens: [...s.tokens], size: s.size, mergedInto: s.mergedInto });
      this.routes.push([...s.route]);
      this.texts.push(undefined);
      const live = s.mergedInto === undefined;
      this.tree.restore(s.id, s.tokens.length, s.route, live);
      if (live) {
        this.indexChanged(this.clusters[s.id - 1]);
      }
    }
  }

  private create(tokens: readonly string[]): LogCluster {
    const cluster: LogCluster = { id: this.clusters.length + 1, tokens: [...tokens], size: 1 };
    this.clusters.push(cluster);
    this.routes.push(this.tree.add(cluster.id, cluster.tokens));
    this.texts.push(undefined);
    this.siblings.put(cluster.id, cluster.tokens);
    return cluster;
  }

  /**
   * When the line and enough clusters differ in one word only, that word is a parameter: the
   * oldest sibling's template takes `<*>` there (via generalizeToken, so `com.apple.<*>` when
   * the words share a prefix); mergeAround() then folds in the others.
   */
  private parameterizedSibling(tokens: readonly string[]): LogCluster | undefined {
    const { position, siblings } = siblingsOf(tokens, this.siblings, this.clusters);
    if (siblings.length + 1 < this.config.minValuesToParameterize) {
      return undefined;
    }
    const oldest = siblings[0];
    oldest.tokens[position] = siblings.reduce((word, s) => generalizeToken(word, s.tokens[position]), tokens[position]);
    return oldest;
  }

  private widened(cluster: LogCluster): ParsedLine {
    return { templateId: this.mergeAround(cluster).id, change: "template-changed" };
  }

  /** After `cluster` widened, folds in every cluster its template now covers or is covered by. */
  private mergeAround(cluster: LogCluster): LogCluster {
    let survivor = cluster;
    for (;;) {
      this.indexChanged(survivor);
      const reach = this.tree.candidates(survivor.tokens, true).concat(this.misrouted.get(survivor.tokens.length) ?? []);
      const other = reach.sort((a, b) => a - b).find((id) => id !== survivor.id && unifies(this.clusters[id - 1].tokens, survivor.tokens));
      if (other === undefined) {
        return survivor;
      }
      const [keep, gone] = other < survivor.id ? [this.clusters[other - 1], survivor] : [survivor, this.clusters[other - 1]];
      unifyInto(keep, gone);
      this.retire(gone);
      survivor = keep;
    }
  }

  /** Brings the text cache, sibling index and misrouted list up to date with a changed template. */
  private indexChanged(cluster: LogCluster): void {
    this.texts[cluster.id - 1] = undefined;
    this.siblings.put(cluster.id, cluster.tokens);
    const route = this.routes[cluster.id - 1];
    if (route.some((key, i) => !hasParam(key) && hasParam(cluster.tokens[i]))) {
      const ids = this.misroutedOf(cluster.tokens.length);
      if (!ids.includes(cluster.id)) {
        ids.push(cluster.id);
      }
    }
  }

  private retire(cluster: LogCluster): void {
    this.tree.remove(cluster.id, cluster.tokens.length, this.routes[cluster.id - 1]);
    this.siblings.remove(cluster.id);
    const ids = this.misroutedOf(cluster.tokens.length);
    if (ids.includes(cluster.id)) {
      ids.splice(ids.indexOf(cluster.id), 1);
    }
  }

  private misroutedOf(length: number): number[] {
    let ids = this.misrouted.get(length);
    if (!ids) {
      ids = [];
      this.misrouted.set(length, ids);
    }
    return ids;
  }
}
