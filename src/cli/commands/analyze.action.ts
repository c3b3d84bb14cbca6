import type { FlareConfig } from "../../config/config";
import type { FormatName } from "../../pipeline/ingest";
import { analyzeLog } from "../../pipeline/run-pipeline";
import { describeInput, inputReport } from "../input-report";
import { openInput } from "../open-input";
import { renderIncidents } from "../render-incidents";
import { parseSessionOption } from "../session-option";

interface AnalyzeFlags {
  format: FormatName | "auto";
  session: string;
  /** The only choice, and analyzeLog's default. */
  summarizer: "offline";
  json?: boolean;
}

export async function runAnalyze(config: FlareConfig, file: string, flags: AnalyzeFlags): Promise<void> {
  const session = parseSessionOption(flags.session);
  const input = openInput(file, { format: flags.format, fields: "evidence", workers: config.workers });
  const result = await analyzeLog(input.input, { format: flags.format, referenceYear: input.referenceYear, session });
  const { detection, incidents, summaries } = result;
  const inputStats = inputReport(detection.ingest, input.finish(), detection.collector.unkeyedRecords);
  if (flags.json) {
    const summaryOf = new Map(summaries.map((s) => [s.incidentId, s]));
    const report = {
      format: inputStats.format,
      input: inputStats,
      keying: detection.keying,
      sessions: detection.scores.length,
      anomalousSessions: detection.scores.filter((s) => s.anomaly).length,
      incidents: incidents.map((incident) => ({ ...incident, summary: summaryOf.get(incident.id) })),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(renderIncidents(incidents, summaries));
  }
  process.stderr.write(describeInput(inputStats));
}
