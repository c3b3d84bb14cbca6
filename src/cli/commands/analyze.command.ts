import type { FlareConfig } from "../../config/config";
import { Command, Option } from "commander";
import type { FormatName } from "../../pipeline/ingest";
import { analyzeLog } from "../../pipeline/run-pipeline";
import { offlineSummarizer } from "../../pipeline/summarize";
import { inputReport } from "../input-report";
import { openInput } from "../open-input";
import { renderIncidents } from "../render-incidents";
import { parseSessionOption } from "../session-option";
import { formatOption } from "./parse.command";

interface AnalyzeFlags {
  format: FormatName | "auto";
  session: string;
  summarizer: "offline";
  json?: boolean;
}

async function runAnalyze(file: string, flags: AnalyzeFlags, config: FlareConfig): Promise<void> {
  const session = parseSessionOption(flags.session);
  const input = openInput(file, { format: flags.format, fields: "evidence", workers: config.workers });
  const result = await analyzeLog(input.input, {
    format: flags.format,
    referenceYear: input.referenceYear,
    session,
    summarizer: offlineSummarizer,
  });
  const inputStats = inputReport(result.detection.ingest, input.finish());
  const { detection, incidents, summaries } = result;
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
    return;
  }
  process.stdout.write(renderIncidents(incidents, summaries));
}

export function registerAnalyzeCommand(program: Command, config: FlareConfig): void {
  program
    .command("analyze")
    .description("find anomalous sessions, group them into incidents and explain each one")
    .argument("<file>", "log file (plain or gzip), or - for standard input")
    .addOption(formatOption())
    .option("--session <keying>", "how lines form sessions: auto, block, window:SECONDS or regex:RE", "auto")
    .addOption(
      new Option("--summarizer <name>", "who explains incidents (offline: deterministic rules, no LLM)")
        .choices(["offline"])
        .default("offline"),
    )
    .option("--json", "print incidents with their summaries as JSON")
    .action((file: string, flags: AnalyzeFlags) => runAnalyze(file, flags, config));
}
