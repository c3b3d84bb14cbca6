/** features stage: sessions from parsed records, and per-session feature matrices. */
export { findBlockId, hasBlockId } from "./block-ids";
export { buildFeatureMatrix } from "./build-feature-matrix";
export { COUNT_FEATURES, FeatureSpecSchema, type FeatureSpec } from "./feature-spec";
export { FeatureVocabulary, type FeatureVocabularyJson } from "./feature-vocabulary";
export { DEFAULT_COLLECTOR_OPTIONS, SessionCollector, type SessionCollectorOptions } from "./session-collector";
export { DEFAULT_WINDOW_SECONDS, resolveSessionKeying, type ResolvedSessionKeying } from "./session-keying";
export { TIMING_COLUMNS } from "./timing-features";
