/** The Drain miner: masking, fast path, prefix tree, clusters and merges behind one small class. */
import type { LogTemplate, ParsedLine } from "../../domain/template";
import { ClusterSet } from "./cluster-set";
import { DEFAULT_DRAIN_CONFIG, DrainConfig, parseDrainConfig } from "./drain-config";
import { ContentMasker } from "./content-masker";
import { FastPath } from "./fast-path";
import { DEFAULT_MASKING_RULES, MaskingRule } from "./masking";
import { extractParameters } from "./parameters";
import { DrainSnapshotV1, readSnapshot } from "./snapshot";
import { tokenize } from "./tokenizer";

/** Seams for callers who need other masking; the defaults are what the accuracy numbers measure. */
export interface DrainOptions {
  maskingRules?: readonly MaskingRule[];
}

export class Drain {
  private readonly config: DrainConfig;
  private readonly clusters: ClusterSet;
  private readonly fastPath: FastPath;
  /** Holds only a cache in front of maskLine, not miner state (snapshots leave it out). */
  private readonly masker: ContentMasker;

  /** Throws RangeError on a bad config: a miner that silently used defaults would be worse. */
  constructor(config: Partial<DrainConfig> = {}, options: DrainOptions = {}) {
    this.config = parseDrainConfig({ ...DEFAULT_DRAIN_CONFIG, ...config });
    this.clusters = new ClusterSet(this.config);
    this.fastPath = new FastPath(this.config.maxFastPathEntries);
    this.masker = createContentMasker(this.config, options);
  }

  /** Learns one line's content (header already stripped); never throws on data. */
  train(content: string): ParsedLine {
    return this.trainMasked(this.masker.mask(content));
  }

  /**
   * Learns a line already masked by a ContentMasker built with createContentMasker(same config
   * and options): train(content) is exactly trainMasked(masker.mask(content)), so masking can
   * run on another thread while the tree stays on this one.
   */
  trainMasked(masked: string): ParsedLine {
    const known = this.fastPath.get(masked);
    if (known !== undefined) {
      const cluster = this.clusters.canonical(known);
      cluster.size++;
      return { templateId: cluster.id, change: "none" };
    }
    const result = this.clusters.learn(tokenize(masked));
    this.fastPath.remember(masked, result.templateId);
    return result;
  }

  /** The template `content` would be filed under, without learning anything from it. */
  match(content: string): number | undefined {
    const masked = this.masker.peek(content);
    const known = this.fastPath.get(masked);
    if (known !== undefined) {
      return this.clusters.canonical(known).id;
    }
    return this.clusters.lookup(tokenize(masked))?.id;
  }

  /** The id a template id now stands for, after any merges (ids never disappear). */
  resolve(templateId: number): number {
    return this.clusters.canonical(templateId).id;
  }

  /** Current template text of a template id (following merges); throws RangeError on unknown ids. */
  template(templateId: number): string {
    return this.clusters.text(templateId);
  }

  /** Live templates, by id. */
  templates(): LogTemplate[] {
    return this.clusters.live().map((c) => ({ id: c.id, template: this.clusters.text(c.id), size: c.size }));
  }

  /** The raw text behind each `<*>` of the template, or [] when `content` is not an instance of it. */
  extractParameters(templateId: number, content: string): string[] {
    return extractParameters(this.template(templateId), content);
  }

  toJSON(): DrainSnapshotV1 {
    return { version: 1, kind: "drain", config: { ...this.config }, clusters: this.clusters.toJSON(), fastPath: this.fastPath.entries() };
  }

  /**
   * Restores a miner exactly (ids, templates, fast path, so the same future behaviour); throws
   * RangeError('invalid drain snapshot: …'). Masking rules are code, not state: pass the same
   * `options` the snapshotted miner had.
   */
  static fromJSON(snapshot: unknown, options: DrainOptions = {}): Drain {
    const valid = readSnapshot(snapshot);
    const drain = new Drain(valid.config, options);
    drain.clusters.restore(valid.clusters);
    for (const [masked, id] of valid.fastPath) {
      drain.fastPath.remember(masked, id);
    }
    return drain;
  }
}

/** The masker that matches a miner of this config and options (see Drain.trainMasked). */
export function createContentMasker(config: Partial<DrainConfig> = {}, options: DrainOptions = {}): ContentMasker {
  const capacity = config.maxFastPathEntries ?? DEFAULT_DRAIN_CONFIG.maxFastPathEntries;
  return new ContentMasker(options.maskingRules ?? DEFAULT_MASKING_RULES, capacity);
}
