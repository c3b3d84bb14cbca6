/**
 * MaskedBatch ⇄ a few flat fields for postMessage. Cloning one joined string and two typed
 * arrays is a copy; cloning thousands of record objects would cost more than the ingest saved.
 */
import type { LogRecord } from "../domain/log-record";
import type { MaskedBatch } from "../pipeline/masked-records";

/** Which record fields the consumer needs: the more it needs, the more crosses threads. */
export type RecordFields = "templates" | "sessions" | "evidence";

export interface EncodedBatch {
  lineIds: Int32Array;
  timestamps: Float64Array;
  /** Strings joined by NUL, which the ingest stage never lets through (binary lines are skipped). */
  text: string;
  /** Strings per record in `text`. */
  width: number;
}

const SEPARATOR = "\u0000";

/** Strings each record contributes, in order: form, then content, then the evidence fields. */
const WIDTH: Record<RecordFields, number> = { templates: 1, sessions: 2, evidence: 7 };

function pushColumns(out: string[], record: LogRecord, form: string, width: number): void {
  out.push(form);
  if (width >= 2) {
    out.push(record.content);
  }
  if (width >= 7) {
    out.push(record.raw, record.level ?? "", record.component ?? "", record.pid ?? "", record.host ?? "");
  }
}

export function encodeBatch(batch: MaskedBatch, fields: RecordFields): EncodedBatch {
  const n = batch.records.length;
  const width = WIDTH[fields];
  const lineIds = new Int32Array(n);
  const timestamps = new Float64Array(n);
  const strings: string[] = [];
  for (let i = 0; i < n; i++) {
    const record = batch.records[i];
    lineIds[i] = record.lineId;
    timestamps[i] = record.timestamp ?? Number.NaN;
    pushColumns(strings, record, batch.forms[i], width);
  }
  return { lineIds, timestamps, text: strings.join(SEPARATOR), width };
}

function optional(value: string): string | undefined {
  return value === "" ? undefined : value;
}

export function decodeBatch(encoded: EncodedBatch): MaskedBatch {
  const n = encoded.lineIds.length;
  const strings = n ? encoded.text.split(SEPARATOR) : [];
  const w = encoded.width;
  const records: LogRecord[] = new Array(n);
  const forms: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const at = i * w;
    forms[i] = strings[at];
    const content = w > 1 ? strings[at + 1] : "";
    const record: LogRecord = { lineId: encoded.lineIds[i], raw: w > 2 ? strings[at + 2] : content, content };
    const timestamp = encoded.timestamps[i];
    if (!Number.isNaN(timestamp)) {
      record.timestamp = timestamp;
    }
    if (w > 2) {
      record.level = optional(strings[at + 3]);
      record.component = optional(strings[at + 4]);
      record.pid = optional(strings[at + 5]);
      record.host = optional(strings[at + 6]);
    }
    records[i] = record;
  }
  return { records, forms };
}
