/**
 * The ingest → parse half of the composition root (run-pipeline.ts re-exports it and builds on
 * it). Apart so that `flare parse` loads no feature, detector or summarizer code: the detectors
 * alone pull in libsvm-js, ml-matrix and ml-pca.
 */
import type { LogRecord } from "../domain/log-record";
import type { FormatName, IngestStats } from "./ingest";
import { maskRecords, type LineBatches, type MaskedRecords } from "./masked-records";
import { Drain } from "./parse";

/** Raw line batches (ingest and masking run here) or records masked elsewhere (a worker thread). */
export type PipelineInput = LineBatches | MaskedRecords;

export interface ParseOptions {
  /** Ingest settings; ignored for MaskedRecords, which were ingested with their own. */
  format?: FormatName | "auto";
  /** Year assumed for headers without one (syslog); the caller knows the source, the stage does not. */
  referenceYear?: number;
  /** A miner restored from a snapshot, to continue with known templates. */
  drain?: Drain;
}

export interface ParsedLog {
  /** Line id of each record, aligned with `templateIds`. */
  lineIds: number[];
  templateIds: number[];
  drain: Drain;
  ingest: IngestStats;
}

type RecordVisitor = (record: LogRecord, templateId: number) => void;

function asMaskedRecords(input: PipelineInput, options: ParseOptions): MaskedRecords {
  if ("kind" in input && input.kind === "masked-records") {
    return input;
  }
  return maskRecords(input as LineBatches, { format: options.format ?? "auto", referenceYear: options.referenceYear });
}

export async function forEachParsedRecord(input: PipelineInput, options: ParseOptions, visit: RecordVisitor) {
  const masked = asMaskedRecords(input, options);
  const drain = options.drain ?? new Drain();
  for await (const { records, forms } of masked.batches) {
    for (let i = 0; i < records.length; i++) {
      visit(records[i], (forms ? drain.trainMasked(forms[i]) : drain.train(records[i].content)).templateId);
    }
  }
  return { drain, ingest: masked.stats() };
}

/** ingest → parse: the template of every record. */
export async function parseLog(lines: PipelineInput, options: ParseOptions = {}): Promise<ParsedLog> {
  const lineIds: number[] = [];
  const templateIds: number[] = [];
  const { drain, ingest } = await forEachParsedRecord(lines, options, (record, templateId) => {
    lineIds.push(record.lineId);
    templateIds.push(templateId);
  });
  return { lineIds, templateIds, drain, ingest };
}

/** A miner from a `Drain.toJSON()` snapshot (a `flare parse --state` file); throws on anything else. */
export function restoreDrain(snapshot: unknown): Drain {
  return Drain.fromJSON(snapshot);
}
