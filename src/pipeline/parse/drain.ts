/** The Drain miner: masking, fast path, prefix tree, clusters and merges behind one small class. */
import type { LogTemplate, ParsedLine } from "../../domain/template";
import { ClusterSet } from "./cluster-set";
import { DEFAULT_DRAIN_CONFIG, DrainConfig, parseDrainConfig } from "./drain-config";
import { FastPath } from "./fast-path";
import { KnownForms } from "./known-forms";
import { maskLine } from "./line-masker";
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
  private readonly rules: readonly MaskingRule[];
  private readonly clusters: ClusterSet;
  private readonly fastPath: FastPath;
  /** A cache in front of maskLine for the fast path; not part of the state (snapshots leave it out). */
  private readonly knownForms: KnownForms;

  /** Throws RangeError on a bad config: a miner that silently used defaults would be worse. */
  constructor(config: Partial<DrainConfig> = {}, options: DrainOptions = {}) {
    this.config = parseDrainConfig({ ...DEFAULT_DRAIN_CONFIG, ...config });
    this.rules = options.maskingRules ?? DEFAULT_MASKING_RULES;
    this.clusters = new ClusterSet(this.config);
    this.fastPath = new FastPath(this.config.maxFastPathEntries);
    this.knownForms = new KnownForms(this.config.maxFastPathEntries);
  }

  /** Learns one line's content (header already stripped); never throws on data. */
  train(content: string): ParsedLine {
    const masked = this.mask(content);
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
    const masked = this.knownForms.recognise(content, this.rules) ?? maskLine(content, this.rules);
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

  /** maskLine(content), through the cache of known forms. */
  private mask(content: string): string {
    const known = this.knownForms.recognise(content, this.rules);
    if (known !== undefined) {
      return known;
    }
    const masked = maskLine(content, this.rules);
    this.knownForms.remember(masked);
    return masked;
  }
}
