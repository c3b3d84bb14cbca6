/**
 * One CSV record with its line break, written by csv-stringify (RFC 4180, what csv-parse reads):
 * session ids from `--session regex:RE` and templates can hold commas, quotes and line breaks.
 */
import { stringify } from "csv-stringify/sync";

export function csvRecord(fields: readonly (string | number)[]): string {
  return stringify([fields as (string | number)[]]);
}
