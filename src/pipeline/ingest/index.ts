/** The ingest stage: bytes → lines → LogRecords (formats, detection, redaction, folding). Pure: no I/O. */
export { FORMAT_NAMES, type FormatName, type HeaderFields, type LogFormat } from "./log-format";
export { FORMATS, formatByName } from "./format-registry";
export { detectFormat, DETECTION_SAMPLE_LINES, MIN_DETECTION_CONFIDENCE, type FormatDetection } from "./detect-format";
export type { RawLine } from "./raw-line";
export { LineSplitter, DEFAULT_MAX_LINE_BYTES, type LineSplitterOptions } from "./line-splitter";
export { DEFAULT_INGEST_OPTIONS, type IngestOptions } from "./ingest-options";
export { createIngestor, type Ingestor, type IngestStats } from "./ingestor";
export { redactSecrets, SecretRedactor, type RedactionCounts, type RedactionOptions, type RedactionResult } from "./redact-secrets";
export { REDACTION_KINDS, REDACTION_RULES, redactionMarker, type RedactionKind, type RedactionRule } from "./secret-rules";
