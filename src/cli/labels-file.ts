import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { UsageError } from "./cli-error";

const ANOMALY_WORDS = new Set(["1", "true", "anomaly", "abnormal", "yes"]);

/** Reads a labels CSV (BlockId or SessionId, Label) into session id → is anomaly. */
export function readLabelsFile(path: string): Map<string, boolean> {
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new UsageError(`cannot read labels ${path}: ${(error as Error).message}`);
  }
  const labels = new Map<string, boolean>();
  for (const row of rows) {
    const key = row.BlockId ?? row.SessionId;
    if (key === undefined || row.Label === undefined) {
      throw new UsageError(`labels ${path} needs columns BlockId (or SessionId) and Label`);
    }
    labels.set(key, ANOMALY_WORDS.has(row.Label.toLowerCase()));
  }
  return labels;
}
