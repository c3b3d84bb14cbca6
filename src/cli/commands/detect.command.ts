import type { FlareConfig } from "../../config/config";
import { Command, Option } from "commander";
import { scoreDetection } from "../../evaluate/detection-metrics";
import { DETECTOR_KINDS, type DetectorKind } from "../../pipeline/detect";
import type { FormatName } from "../../pipeline/ingest";
import { detectLog, type DetectionResult } from "../../pipeline/run-pipeline";
import { inputReport } from "../input-report";
import { readLabelsFile } from "../labels-file";
import { openInput } from "../open-input";
import { parseSessionOption } from "../session-option";
import { TextOutput } from "../text-output";
import { formatOption } from "./parse.command";

interface DetectFlags {
  format: FormatName | "auto";
  session: string;
  detector?: DetectorKind;
  out?: string;
  labels?: string;
  json?: boolean;
}

async function writeSessionsCsv(result: DetectionResult, outPath: string | undefined): Promise<void> {
  const out = await TextOutput.open(outPath);
  const keyColumn = result.keying.kind === "block" ? "BlockId" : "SessionId";
  await out.write(`${keyColumn},Score,Anomaly\n`);
  for (const s of result.scores) {
    await out.write(`${s.sessionId},${s.score},${s.anomaly ? 1 : 0}\n`);
  }
  await out.close();
}

function detectionReport(result: DetectionResult, input: ReturnType<typeof inputReport>) {
  const template = (id: number) => result.drain.template(id);
  return {
    format: input.format,
    input,
    keying: result.keying,
    sessions: result.scores.length,
    anomalies: result.scores.filter((s) => s.anomaly).length,
    threshold: result.threshold,
    anomalous: result.scores
      .filter((s) => s.anomaly)
      .map((s) => ({
        sessionId: s.sessionId,
        score: s.score,
        drivers: (result.attributions.get(s.sessionId) ?? []).map((a) => ({ ...a, template: template(a.templateId) })),
        lines: (result.lines.get(s.sessionId) ?? []).map((l) => ({ ...l, template: template(l.templateId) })),
      })),
  };
}

async function runDetect(file: string, flags: DetectFlags, config: FlareConfig): Promise<void> {
  const session = parseSessionOption(flags.session);
  const labels = flags.labels ? readLabelsFile(flags.labels) : undefined;
  const input = openInput(file, { format: flags.format, fields: "sessions", workers: config.workers });
  const result = await detectLog(input.input, {
    format: flags.format,
    referenceYear: input.referenceYear,
    session,
    detection: flags.detector ? { detector: flags.detector } : undefined,
  });
  const inputStats = inputReport(result.ingest, input.finish());
  const toStdout = flags.out === undefined || flags.out === "-";
  if (!toStdout || !flags.json) {
    await writeSessionsCsv(result, flags.out);
  }
  const metrics = labels && scoreDetection(new Map(result.scores.map((s) => [s.sessionId, s.anomaly])), labels);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ ...detectionReport(result, inputStats), metrics })}\n`);
  } else if (metrics) {
    const line = `precision=${metrics.precision.toFixed(4)} recall=${metrics.recall.toFixed(4)} f1=${metrics.f1.toFixed(4)}`;
    (toStdout ? process.stderr : process.stdout).write(`${line} (tp=${metrics.tp} fp=${metrics.fp} fn=${metrics.fn})\n`);
  }
}

export function registerDetectCommand(program: Command, config: FlareConfig): void {
  program
    .command("detect")
    .description("score every session for anomaly and write BlockId|SessionId,Score,Anomaly as CSV")
    .argument("<file>", "log file (plain or gzip), or - for standard input")
    .addOption(formatOption())
    .option("--session <keying>", "how lines form sessions: auto, block, window:SECONDS or regex:RE", "auto")
    .addOption(new Option("--detector <name>", "anomaly detector").choices([...DETECTOR_KINDS]))
    .option("--out <path>", "CSV output file (default: standard output)")
    .option("--labels <path>", "labels CSV (BlockId|SessionId,Label): also print precision, recall and F1")
    .option("--json", "print a JSON report: sessions, threshold, anomalous sessions and the templates that drove them")
    .action((file: string, flags: DetectFlags) => runDetect(file, flags, config));
}
