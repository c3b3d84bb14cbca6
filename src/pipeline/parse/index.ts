/** Public API of the parse stage: the Drain miner, its config and its snapshot type. */
export { createContentMasker, Drain } from "./drain";
export type { ContentMasker } from "./content-masker";
export type { DrainOptions } from "./drain";
export { DEFAULT_DRAIN_CONFIG, parseDrainConfig } from "./drain-config";
export type { DrainConfig } from "./drain-config";
export { DEFAULT_MASKING_RULES } from "./masking";
export type { MaskingRule, MaskingRuleName } from "./masking";
export type { DrainSnapshotV1 } from "./snapshot";
