import type { FlareConfig } from "../../config/config";
import { scoreDetection } from "../../evaluate/detection-metrics";
import type { DetectorKind } from "../../pipeline/detect";
import type { FormatName } from "../../pipeline/ingest";
import { detectLog, type DetectionResult } from "../../pipeline/run-pipeline";
import { csvRecord } from "../csv-record";
import { describeInput, inputReport, type InputReport } from "../input-report";
import { readLabelsFile } from "../labels-file";
import { openInput } from "../open-input";
import { parseSessionOption } from "../session-option";
import { TextOutput } from "../text-output";

interface DetectFlags {
  format: FormatName | "auto";
  session: string;
  detector?: DetectorKind;
  out?: string;
  labels?: string;
  json?: boolean;
}

async function writeSessionsCsv(result: DetectionResult, out: TextOutput): Promise<void> {
  await out.write(csvRecord([result.keying.kind === "block" ? "BlockId" : "SessionId", "Score", "Anomaly"]));
  for (const s of result.scores) {
    await out.write(csvRecord([s.sessionId, s.score, s.anomaly ? 1 : 0]));
  }
  await out.close();
}

function detectionReport(result: DetectionResult, input: InputReport) {
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

export async function runDetect(config: FlareConfig, file: string, flags: DetectFlags): Promise<void> {
  const session = parseSessionOption(flags.session);
  const labels = flags.labels ? readLabelsFile(flags.labels) : undefined;
  const toStdout = flags.out === undefined || flags.out === "-";
  // With --json on stdout the CSV is not written at all; a file opens before the input is read.
  const out = !toStdout || !flags.json ? await TextOutput.open({ path: flags.out, option: "--out", input: file }) : undefined;
  const input = openInput(file, { format: flags.format, fields: "sessions", workers: config.workers });
  const result = await detectLog(input.input, {
    format: flags.format,
    referenceYear: input.referenceYear,
    session,
    detection: flags.detector ? { detector: flags.detector } : undefined,
  });
  const inputStats = inputReport(result.ingest, input.finish(), result.collector.unkeyedRecords);
  if (out) {
    await writeSessionsCsv(result, out);
  }
  const metrics = labels && scoreDetection(new Map(result.scores.map((s) => [s.sessionId, s.anomaly])), labels);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ ...detectionReport(result, inputStats), metrics })}\n`);
  } else if (metrics) {
    const line = `precision=${metrics.precision.toFixed(4)} recall=${metrics.recall.toFixed(4)} f1=${metrics.f1.toFixed(4)}`;
    (toStdout ? process.stderr : process.stdout).write(`${line} (tp=${metrics.tp} fp=${metrics.fp} fn=${metrics.fn})\n`);
  }
  process.stderr.write(describeInput(inputStats));
}
