/**
 * MaskedBatch ⇄ a few flat fields for postMessage. Cloning one joined string and two typed
 * arrays is a copy; cloning thousands of record objects would cost more than the ingest saved.
 */
import type { LogRecord } from "../domain/log-record";
import type { MaskedBatch } from "../pipeline/masked-records";

/**
 * Which record fields the consumer needs: `templates` only line ids and forms (a masked record
 * crosses without its content), `sessions` adds content and time, `evidence` adds raw text,
 * level, component, pid and host.
 */
export type RecordFields = "templates" | "sessions" | "evidence";

export interface EncodedBatch {
  lineIds: Int32Array;
  timestamps: Float64Array;
  /** Per record: content (unless masked with `templates`), the masked form when `masked`, then the evidence fields; joined by NUL. */
  text: string;
  masked: boolean;
  withContent: boolean;
  evidence: boolean;
}

/** NUL never reaches a record: the line splitter skips lines holding it as binary. */
const SEPARATOR = "\u0000";
const EVIDENCE_FIELDS = 5;

function pushColumns(out: string[], record: LogRecord, form: string | undefined, withContent: boolean, evidence: boolean): void {
  if (withContent) {
    out.push(record.content);
  }
  if (form !== undefined) {
    out.push(form);
  }
  if (evidence) {
    out.push(record.raw, record.level ?? "", record.component ?? "", record.pid ?? "", record.host ?? "");
  }
}

export function encodeBatch(batch: MaskedBatch, fields: RecordFields): EncodedBatch {
  const n = batch.records.length;
  const evidence = fields === "evidence";
  const masked = batch.forms !== undefined;
  const withContent = !masked || fields !== "templates";
  const lineIds = new Int32Array(n);
  const timestamps = new Float64Array(n);
  const strings: string[] = [];
  for (let i = 0; i < n; i++) {
    const record = batch.records[i];
    lineIds[i] = record.lineId;
    timestamps[i] = record.timestamp ?? Number.NaN;
    pushColumns(strings, record, batch.forms?.[i], withContent, evidence);
  }
  return { lineIds, timestamps, text: strings.join(SEPARATOR), masked, withContent, evidence };
}

function optional(value: string): string | undefined {
  return value === "" ? undefined : value;
}

/** A record that crossed without its content (masked, `templates`) has "" there. */
function decodeRecord(encoded: EncodedBatch, i: number, strings: string[], at: number): LogRecord {
  const content = encoded.withContent ? strings[at] : "";
  const timestamp = encoded.timestamps[i];
  const record: LogRecord = { lineId: encoded.lineIds[i], raw: content, content };
  if (!Number.isNaN(timestamp)) {
    record.timestamp = timestamp;
  }
  if (encoded.evidence) {
    const e = at + columnsBeforeEvidence(encoded);
    record.raw = strings[e];
    record.level = optional(strings[e + 1]);
    record.component = optional(strings[e + 2]);
    record.pid = optional(strings[e + 3]);
    record.host = optional(strings[e + 4]);
  }
  return record;
}

function columnsBeforeEvidence(encoded: EncodedBatch): number {
  return (encoded.withContent ? 1 : 0) + (encoded.masked ? 1 : 0);
}

export function decodeBatch(encoded: EncodedBatch): MaskedBatch {
  const n = encoded.lineIds.length;
  const strings = n ? encoded.text.split(SEPARATOR) : [];
  const formAt = encoded.withContent ? 1 : 0;
  const width = columnsBeforeEvidence(encoded) + (encoded.evidence ? EVIDENCE_FIELDS : 0);
  const records: LogRecord[] = new Array(n);
  const forms: string[] | undefined = encoded.masked ? new Array(n) : undefined;
  for (let i = 0; i < n; i++) {
    records[i] = decodeRecord(encoded, i, strings, i * width);
    if (forms) {
      forms[i] = strings[i * width + formAt];
    }
  }
  return forms ? { records, forms } : { records };
}
