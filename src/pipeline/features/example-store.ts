/** A few example lines per session, kept in columns, preferring the session's rarest templates. */
import type { LogRecord } from "../../domain/log-record";
import type { SessionEvidence } from "../../domain/session";
import { detachString } from "./detach-string";
import { GrowableInt32Array } from "./growable-arrays";

type Example = SessionEvidence["examples"][number];

/**
 * Each session holds at most `max` examples, one per template, as a linked list in typed
 * columns (an object and an array per session cost ~180 MB more at 575k sessions). When a
 * session is full, a line of a template at least twice as rare so far in the whole log replaces
 * the example of its commonest template: HDFS blocks start with the same E22/E5/E11 lines, and
 * keeping the first few distinct templates would quote those instead of the exception lines.
 * So an example is the first line of its template in the session, unless that template was
 * evicted earlier and came back.
 */
export class ExampleStore {
  private readonly head = new GrowableInt32Array();
  private readonly next = new GrowableInt32Array();
  private readonly template = new GrowableInt32Array();
  private readonly line = new GrowableInt32Array();
  private readonly texts: string[] = [];
  private readonly linesOfTemplate = new Map<number, number>();

  constructor(
    private readonly max: number,
    private readonly maxLength: number,
  ) {}

  offer(session: number, record: LogRecord, templateId: number): void {
    const seen = (this.linesOfTemplate.get(templateId) ?? 0) + 1;
    this.linesOfTemplate.set(templateId, seen);
    while (this.head.length <= session) {
      this.head.push(-1);
    }
    let count = 0;
    let last = -1;
    for (let e = this.head.get(session); e !== -1; last = e, e = this.next.get(e)) {
      if (this.template.get(e) === templateId) {
        return;
      }
      count++;
    }
    if (count < this.max) {
      this.append(session, last, record, templateId);
      return;
    }
    const commonest = this.commonestOf(session);
    // At least twice as rare: templates about as common as each other (HDFS E9 vs E11) would
    // otherwise keep swapping, and every swap copies a line.
    if (commonest !== -1 && 2 * seen <= this.frequency(commonest)) {
      this.write(commonest, record, templateId);
    }
  }

  /** The session's examples in line order. */
  examplesOf(session: number): Example[] {
    const examples: Example[] = [];
    for (let e = session < this.head.length ? this.head.get(session) : -1; e !== -1; e = this.next.get(e)) {
      examples.push({ templateId: this.template.get(e), lineId: this.line.get(e), text: this.texts[e] });
    }
    return examples.sort((a, b) => a.lineId - b.lineId);
  }

  private commonestOf(session: number): number {
    let commonest = -1;
    for (let e = this.head.get(session); e !== -1; e = this.next.get(e)) {
      commonest = commonest === -1 || this.frequency(e) > this.frequency(commonest) ? e : commonest;
    }
    return commonest;
  }

  private frequency(example: number): number {
    return this.linesOfTemplate.get(this.template.get(example)) ?? 0;
  }

  private append(session: number, last: number, record: LogRecord, templateId: number): void {
    const example = this.next.length;
    this.next.push(-1);
    this.template.push(0);
    this.line.push(0);
    this.texts.push("");
    this.write(example, record, templateId);
    if (last === -1) {
      this.head.set(session, example);
    } else {
      this.next.set(last, example);
    }
  }

  private write(example: number, record: LogRecord, templateId: number): void {
    this.template.set(example, templateId);
    this.line.set(example, record.lineId);
    this.texts[example] = detachString(record.raw.slice(0, this.maxLength));
  }
}
