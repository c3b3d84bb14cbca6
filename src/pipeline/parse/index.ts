/**
 * Public API of the parse stage: the Drain miner, its config and its snapshot type.
 *
 * How a line's content becomes a template id (Drain.train = trainMasked(ContentMasker.mask)):
 * 1. Masking (content-masker.ts). known-forms.ts first tries the forms of earlier lines with the
 *    same first two masked words: their literal stretches are compared in place and only the
 *    words that held parameters are masked again. Otherwise line-masker.ts masks the line in one
 *    char-code pass: char-classes.ts flags rule out prose words without a regex, a written-out
 *    date becomes one `<*>`, and word-masker.ts masks the rest of a word: a whole-value rule of
 *    masking.ts (URL, IP, path, …) on its core, else the value of `key=value`, else its digit and
 *    literal-value runs (value-runs.ts, literal-values.ts). text-splicer.ts builds the copy.
 * 2. Fast path (fast-path.ts): a masked form seen before names its cluster; the tree is skipped.
 * 3. tokenizer.ts splits the form into words, a run of bare `<*>` kept as one token.
 * 4. Matching (cluster-set.ts): prefix-tree.ts leads by word count and first words to candidate
 *    clusters; similarity.ts picks the most similar above the threshold, else a cluster whose
 *    template covers the line or is covered by it; the template absorbs the line (log-cluster.ts).
 * 5. No match: sibling-index.ts finds clusters equal to the line but at one position; with enough
 *    of them that word becomes `<*>`, else the line starts a new cluster.
 * 6. A widened template folds in every cluster it now covers (cluster-merging.ts); merged ids
 *    keep resolving to the survivor.
 * 7. snapshot.ts saves clusters, tree routes and the fast path (not masking rules: they are code).
 */
export { createContentMasker, Drain } from "./drain";
export type { ContentMasker } from "./content-masker";
export type { DrainOptions } from "./drain";
export { DEFAULT_DRAIN_CONFIG, parseDrainConfig } from "./drain-config";
export type { DrainConfig } from "./drain-config";
export { DEFAULT_MASKING_RULES } from "./masking";
export type { MaskingRule, MaskingRuleName } from "./masking";
export type { DrainSnapshotV1 } from "./snapshot";
