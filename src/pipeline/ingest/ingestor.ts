/** Turns decoded lines into LogRecords: detection, redaction, header split, multi-line folding. */
import type { LogRecord, SkipCounts, SkipReason } from "../../domain/log-record";
import { looksLikeContinuation } from "./continuation";
import { detectFormat } from "./detect-format";
import { formatByName } from "./format-registry";
import { resolveIngestOptions, type IngestOptions } from "./ingest-options";
import { normalizeLevel } from "./levels";
import { isBlank } from "./line-classifier";
import type { FormatName, HeaderFields, LogFormat } from "./log-format";
import type { RawLine } from "./raw-line";
import { RecordFolder } from "./record-folder";
import { SecretRedactor, type RedactionCounts } from "./redact-secrets";
import { Timeline } from "./timeline";

export interface IngestStats {
  /** Lines given to the ingestor (the splitter's own skips are in its `skipped`). */
  lines: number;
  records: number;
  skipped: SkipCounts;
  redactions: RedactionCounts;
  format: FormatName | undefined;
  /** Detection confidence (see detectFormat); 1 when the format was given. */
  confidence: number | undefined;
}

export interface Ingestor {
  /** Records completed by this line. While the format is `auto`, lines wait in a detection sample. */
  push(line: RawLine): LogRecord[];
  /** `push` for a batch, with one result array: the fast path for streams. */
  pushLines(lines: readonly RawLine[]): LogRecord[];
  /** Detects (if still needed) and flushes the last records. */
  end(): LogRecord[];
  /** Known once detection happened. */
  readonly format: FormatName | undefined;
  stats(): IngestStats;
}

export function createIngestor(options?: IngestOptions): Ingestor {
  return new LineIngestor(options);
}

class LineIngestor implements Ingestor {
  private readonly options: Required<IngestOptions>;
  private readonly folder: RecordFolder;
  private readonly redactor = new SecretRedactor();
  private readonly skipped: SkipCounts = {};
  private sample: RawLine[] | undefined = [];
  private logFormat: LogFormat | undefined;
  private timeline: Timeline | undefined;
  private confidence: number | undefined;
  private lines = 0;
  private records = 0;
  /** Last level word and its normal form: consecutive records mostly repeat it. */
  private lastLevel = "";
  private lastLevelNormalized = "";

  constructor(options?: IngestOptions) {
    this.options = resolveIngestOptions(options);
    this.folder = new RecordFolder(this.options);
    if (this.options.format !== "auto") {
      this.useFormat(formatByName(this.options.format), 1);
    }
  }

  get format(): FormatName | undefined {
    return this.logFormat?.name;
  }

  push(line: RawLine): LogRecord[] {
    const out: LogRecord[] = [];
    this.take(line, out);
    return out;
  }

  pushLines(lines: readonly RawLine[]): LogRecord[] {
    const out: LogRecord[] = [];
    for (let i = 0; i < lines.length; i++) {
      this.take(lines[i], out);
    }
    return out;
  }

  end(): LogRecord[] {
    const out: LogRecord[] = [];
    if (this.sample !== undefined) {
      this.detect(out);
    }
    this.release(this.folder.finish(), out);
    return out;
  }

  stats(): IngestStats {
    return {
      lines: this.lines,
      records: this.records,
      skipped: { ...this.skipped },
      redactions: { ...this.redactor.counts },
      format: this.format,
      confidence: this.confidence,
    };
  }

  private take(line: RawLine, out: LogRecord[]): void {
    if (this.sample === undefined) {
      this.accept(line, out);
      return;
    }
    this.sample.push(line);
    if (this.sample.length >= this.options.detectionSampleLines) {
      this.detect(out);
    }
  }

  /** Decides the format from the buffered sample, then replays the sample in order. */
  private detect(out: LogRecord[]): void {
    const sample = this.sample ?? [];
    this.sample = undefined;
    const detection = detectFormat(sample.map((line) => line.text));
    this.useFormat(formatByName(detection.format), detection.confidence);
    for (const line of sample) {
      this.accept(line, out);
    }
  }

  private useFormat(format: LogFormat, confidence: number): void {
    this.logFormat = format;
    this.confidence = confidence;
    this.timeline = new Timeline(format, this.options.referenceYear);
    this.sample = undefined;
  }

  private accept(line: RawLine, out: LogRecord[]): void {
    this.lines++;
    if (isBlank(line.text)) {
      this.count("empty");
      return;
    }
    const text = this.redactor.redactLine(line.text);
    if (text === undefined) {
      return;
    }
    const format = this.logFormat as LogFormat;
    // The generic format reads any line as a header, so only there do continuations need spotting first.
    const fields = format.name === "generic" && this.folder.hasRecord && looksLikeContinuation(text) ? undefined : format.parse(text);
    if (fields !== undefined) {
      this.release(this.folder.start(this.toRecord(line.lineNo, text, fields)), out);
    } else if (!this.folder.hasRecord) {
      this.count("no-header");
    } else if (!this.folder.fold(text)) {
      this.count("too-long");
    }
  }

  private toRecord(lineId: number, raw: string, fields: HeaderFields): LogRecord {
    return {
      lineId,
      raw,
      content: fields.content,
      timestamp: fields.time === undefined ? undefined : this.timeline?.read(fields.time),
      level: fields.level === undefined ? undefined : this.normalizedLevel(fields.level),
      component: fields.component,
      pid: fields.pid,
      host: fields.host,
    };
  }

  private normalizedLevel(level: string): string {
    if (level !== this.lastLevel) {
      this.lastLevel = level;
      this.lastLevelNormalized = normalizeLevel(level);
    }
    return this.lastLevelNormalized;
  }

  private release(record: LogRecord | undefined, out: LogRecord[]): void {
    if (record !== undefined) {
      this.records++;
      out.push(record);
    }
  }

  private count(reason: SkipReason): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
  }
}
