import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { FlareConfig } from "../../config/config";
import { Command, Option } from "commander";
import { eventIdOf } from "../../domain/template";
import { FORMAT_NAMES, type FormatName } from "../../pipeline/ingest";
import { Drain } from "../../pipeline/parse";
import { parseLog, type ParsedLog } from "../../pipeline/run-pipeline";
import { UsageError } from "../cli-error";
import { inputReport } from "../input-report";
import { openInput } from "../open-input";
import { csvField, TextOutput } from "../text-output";

interface ParseFlags {
  format: FormatName | "auto";
  out?: string;
  templates?: string;
  state?: string;
  json?: boolean;
}

export function formatOption(): Option {
  return new Option("--format <name>", "log format").choices(["auto", ...FORMAT_NAMES]).default("auto");
}

function loadMiner(statePath: string | undefined): Drain | undefined {
  if (!statePath || !existsSync(statePath)) {
    return undefined;
  }
  try {
    return Drain.fromJSON(JSON.parse(readFileSync(statePath, "utf8")));
  } catch (error) {
    throw new UsageError(`--state ${statePath} is not a flare template snapshot (${(error as Error).message})`);
  }
}

async function writeParsedCsv(parsed: ParsedLog, outPath: string | undefined): Promise<void> {
  const out = await TextOutput.open(outPath);
  const rowTail = new Map<number, string>();
  const tailOf = (templateId: number): string => {
    let tail = rowTail.get(templateId);
    if (tail === undefined) {
      tail = `,${eventIdOf(parsed.drain.resolve(templateId))},${csvField(parsed.drain.template(templateId))}\n`;
      rowTail.set(templateId, tail);
    }
    return tail;
  };
  await out.write("LineId,EventId,EventTemplate\n");
  const rowsPerWrite = 8192;
  for (let start = 0; start < parsed.lineIds.length; start += rowsPerWrite) {
    let chunk = "";
    for (let i = start; i < Math.min(start + rowsPerWrite, parsed.lineIds.length); i++) {
      chunk += `${parsed.lineIds[i]}${tailOf(parsed.templateIds[i])}`;
    }
    await out.write(chunk);
  }
  await out.close();
}

async function writeTemplatesCsv(parsed: ParsedLog, path: string): Promise<void> {
  const out = await TextOutput.open(path);
  await out.write("EventId,EventTemplate,Occurrences\n");
  for (const t of parsed.drain.templates()) {
    await out.write(`${eventIdOf(t.id)},${csvField(t.template)},${t.size}\n`);
  }
  await out.close();
}

async function runParse(file: string, flags: ParseFlags, config: FlareConfig): Promise<void> {
  if (flags.json && (flags.out === undefined || flags.out === "-")) {
    throw new UsageError("--json prints a summary to standard output, so it needs --out FILE for the CSV");
  }
  const input = openInput(file, { format: flags.format, fields: "templates", workers: config.workers });
  const parsed = await parseLog(input.input, { format: flags.format, referenceYear: input.referenceYear, drain: loadMiner(flags.state) });
  const report = inputReport(parsed.ingest, input.finish());
  await writeParsedCsv(parsed, flags.out);
  if (flags.templates) {
    await writeTemplatesCsv(parsed, flags.templates);
  }
  if (flags.state) {
    writeFileSync(flags.state, JSON.stringify(parsed.drain.toJSON()));
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ ...report, templates: parsed.drain.templates().length })}\n`);
  }
}

export function registerParseCommand(program: Command, config: FlareConfig): void {
  program
    .command("parse")
    .description("mine log templates (Drain) and write LineId,EventId,EventTemplate as CSV")
    .argument("<file>", "log file (plain or gzip), or - for standard input")
    .addOption(formatOption())
    .option("--out <path>", "CSV output file (default: standard output)")
    .option("--templates <path>", "also write the templates as CSV: EventId,EventTemplate,Occurrences")
    .option("--state <path>", "template snapshot: loaded before parsing when it exists, saved after")
    .option("--json", "print a JSON summary (format, lines, skipped lines by reason, templates)")
    .action((file: string, flags: ParseFlags) => runParse(file, flags, config));
}
