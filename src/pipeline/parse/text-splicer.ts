/** Builds an edited copy of a text from left-to-right replacements, copying untouched stretches once. */
export class TextSplicer {
  private out = "";
  private copied: number;
  private lastAt = -1;
  private lastWith = "";

  /** Edits `text` from `from` on (the default: all of it). */
  constructor(
    readonly text: string,
    private readonly from = 0,
  ) {
    this.copied = from;
  }

  /** Replaces `text[start, end)`; calls must come in increasing, non-overlapping order. */
  replace(start: number, end: number, replacement: string): void {
    this.out += this.text.slice(this.copied, start) + replacement;
    this.copied = end;
    this.lastAt = start;
    this.lastWith = replacement;
  }

  /** Widens the last replacement to end at `end`, dropping the text in between. */
  extendLast(end: number): void {
    this.copied = end;
  }

  /** Whether the last replacement turned exactly `text[start, end)` into `replacement`. */
  lastReplaced(start: number, end: number, replacement: string): boolean {
    return this.lastAt === start && this.copied === end && this.lastWith === replacement;
  }

  /** End of the last replacement (`from` before the first). */
  get lastEnd(): number {
    return this.copied;
  }

  /** The edited `text[from, end)`. */
  editedUpTo(end: number): string {
    return this.out + this.text.slice(this.copied, end);
  }

  /** The edited text from `from` on; `text` itself when nothing was replaced in all of it. */
  result(): string {
    return this.from === 0 && this.lastAt < 0 ? this.text : this.editedUpTo(this.text.length);
  }
}
