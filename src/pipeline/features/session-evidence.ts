/** Bounded per-session facts kept while streaming, so incidents can show real lines. */
import type { LogRecord } from "../../domain/log-record";
import type { SessionEvidence } from "../../domain/session";
import { ExampleStore } from "./example-store";
import { GrowableInt32Array } from "./growable-arrays";

/** Interns short labels (levels, components) as small integers stored per event. */
class LabelCodes {
  private readonly codes = new Map<string, number>();
  readonly names: string[] = [];

  codeOf(label: string | undefined): number {
    if (label === undefined) {
      return -1;
    }
    let code = this.codes.get(label);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(label, code);
      this.names.push(label);
    }
    return code;
  }
}

/** What `evidence()` needs from the collector's columns for one session. */
export interface SessionEvents {
  sessionId: string;
  sessionIndex: number;
  /** Indices into the event columns, in arrival order. */
  events: Int32Array;
  templateIds: Int32Array;
  timestamps: Float64Array;
}

export class EvidenceRecorder {
  private readonly levels = new LabelCodes();
  private readonly components = new LabelCodes();
  private readonly levelOfEvent = new GrowableInt32Array();
  private readonly componentOfEvent = new GrowableInt32Array();
  private readonly examples: ExampleStore;

  constructor(maxExamples: number, maxLength: number) {
    this.examples = new ExampleStore(maxExamples, maxLength);
  }

  /** Called once per (event, session) row, in the same order the collector appends rows. */
  record(sessionIndex: number, record: LogRecord, templateId: number): void {
    this.levelOfEvent.push(this.levels.codeOf(record.level));
    this.componentOfEvent.push(this.components.codeOf(record.component));
    this.examples.offer(sessionIndex, record, templateId);
  }

  build(session: SessionEvents): SessionEvidence {
    const templateCounts: Record<number, number> = {};
    const levels: Record<string, number> = {};
    const components: Record<string, number> = {};
    let startTime = Number.POSITIVE_INFINITY;
    let endTime = Number.NEGATIVE_INFINITY;
    for (const event of session.events) {
      const templateId = session.templateIds[event];
      templateCounts[templateId] = (templateCounts[templateId] ?? 0) + 1;
      countLabel(levels, this.levels.names, this.levelOfEvent.get(event));
      countLabel(components, this.components.names, this.componentOfEvent.get(event));
      const time = session.timestamps[event];
      if (!Number.isNaN(time)) {
        startTime = Math.min(startTime, time);
        endTime = Math.max(endTime, time);
      }
    }
    const timed = Number.isFinite(startTime);
    return {
      sessionId: session.sessionId,
      lineCount: session.events.length,
      templateCounts,
      levels,
      components,
      ...(timed ? { startTime, endTime } : {}),
      examples: this.examples.examplesOf(session.sessionIndex),
    };
  }
}

function countLabel(counts: Record<string, number>, names: string[], code: number): void {
  if (code >= 0) {
    counts[names[code]] = (counts[names[code]] ?? 0) + 1;
  }
}
