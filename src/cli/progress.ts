import { SingleBar } from "cli-progress";

export interface ProgressReport {
  lines: number;
  bytes: number;
}

/** Shows a progress bar on stderr when it is a terminal; prints nothing when piped. */
export class ProgressDisplay {
  private bar: SingleBar | undefined;

  constructor(
    private readonly totalBytes: number | undefined,
    private readonly enabled = Boolean(process.stderr.isTTY),
  ) {}

  update(report: ProgressReport): void {
    if (!this.enabled) {
      return;
    }
    this.bar ??= this.start();
    this.bar.update(this.totalBytes ? Math.min(report.bytes, this.totalBytes) : report.lines, {
      lines: report.lines.toLocaleString("en-US"),
    });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }

  private start(): SingleBar {
    const known = this.totalBytes !== undefined && this.totalBytes > 0;
    const bar = new SingleBar({
      stream: process.stderr,
      format: known ? "{bar} {percentage}% | {lines} lines | eta {eta_formatted}" : "{lines} lines read",
      hideCursor: true,
      clearOnComplete: true,
    });
    bar.start(known ? (this.totalBytes as number) : 0, 0, { lines: "0" });
    return bar;
  }
}
