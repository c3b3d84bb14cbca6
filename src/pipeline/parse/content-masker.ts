/**
 * maskLine behind the known-forms cache: the per-line half of the miner that needs no cluster
 * state, so it can run on another thread than the tree (see Drain.trainMasked).
 */
import { KnownForms } from "./known-forms";
import { maskLine } from "./line-masker";
import { DEFAULT_MASKING_RULES, MaskingRule } from "./masking";

export class ContentMasker {
  private readonly knownForms: KnownForms;

  constructor(
    private readonly rules: readonly MaskingRule[] = DEFAULT_MASKING_RULES,
    capacity: number,
  ) {
    this.knownForms = new KnownForms(capacity);
  }

  /** Exactly maskLine(content, rules); a line shaped like one seen before costs about half. */
  mask(content: string): string {
    const known = this.knownForms.recognise(content, this.rules);
    if (known !== undefined) {
      return known;
    }
    const masked = maskLine(content, this.rules);
    this.knownForms.remember(masked);
    return masked;
  }

  /** maskLine(content) without remembering its form (for look-ups that must not change state). */
  peek(content: string): string {
    return this.knownForms.recognise(content, this.rules) ?? maskLine(content, this.rules);
  }
}
