/** Reads record times for one format: caches repeats and carries the assumed year across a Dec → Jan wrap. */
import type { LogFormat } from "./log-format";

/** A yearless time this far before the previous one means the year turned over. */
const YEAR_WRAP_MS = 180 * 24 * 3600 * 1000;

export class Timeline {
  private lastText: string | undefined;
  private lastMs: number | undefined;
  private previousMs: number | undefined;
  private year: number;

  constructor(
    private readonly format: LogFormat,
    referenceYear: number,
  ) {
    this.year = referenceYear;
  }

  /** Consecutive lines mostly share their time text, so each distinct text is read once (unless reading is cheaper). */
  read(text: string): number | undefined {
    if (this.format.cacheTimestamps && text === this.lastText) {
      return this.lastMs;
    }
    let ms = this.format.readTimestamp(text, this.year);
    if (this.format.yearless && ms !== undefined && this.previousMs !== undefined && ms < this.previousMs - YEAR_WRAP_MS) {
      const nextYear = this.format.readTimestamp(text, this.year + 1);
      // An ISO time in a yearless format reads the same whatever the year: no wrap then.
      if (nextYear !== undefined && nextYear !== ms) {
        this.year++;
        ms = nextYear;
      }
    }
    if (ms !== undefined) {
      this.previousMs = ms;
    }
    this.lastText = text;
    this.lastMs = ms;
    return ms;
  }
}
