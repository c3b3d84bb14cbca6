import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { FlareConfig } from "../../config/config";
import { eventIdOf } from "../../domain/template";
import type { FormatName } from "../../pipeline/ingest";
import { parseLog, restoreDrain, type ParsedLog } from "../../pipeline/parse-log";
import { UsageError } from "../cli-error";
import { csvRecord } from "../csv-record";
import { describeInput, inputReport } from "../input-report";
import { openInput } from "../open-input";
import { outputError, TextOutput } from "../text-output";

interface ParseFlags {
  format: FormatName | "auto";
  out?: string;
  templates?: string;
  state?: string;
  json?: boolean;
}

function loadMiner(statePath: string | undefined) {
  if (!statePath || !existsSync(statePath)) {
    return undefined;
  }
  try {
    return restoreDrain(JSON.parse(readFileSync(statePath, "utf8")));
  } catch (error) {
    throw new UsageError(`--state ${statePath} is not a flare template snapshot (${(error as Error).message})`);
  }
}

async function writeParsedCsv(parsed: ParsedLog, out: TextOutput): Promise<void> {
  // A row is its line id and its template's columns, quoted once per template.
  const rowTail = new Map<number, string>();
  const tailOf = (templateId: number): string => {
    let tail = rowTail.get(templateId);
    if (tail === undefined) {
      tail = `,${csvRecord([eventIdOf(parsed.drain.resolve(templateId)), parsed.drain.template(templateId)])}`;
      rowTail.set(templateId, tail);
    }
    return tail;
  };
  await out.write(csvRecord(["LineId", "EventId", "EventTemplate"]));
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

async function writeTemplatesCsv(parsed: ParsedLog, out: TextOutput): Promise<void> {
  await out.write(csvRecord(["EventId", "EventTemplate", "Occurrences"]));
  for (const t of parsed.drain.templates()) {
    await out.write(csvRecord([eventIdOf(t.id), t.template, t.size]));
  }
  await out.close();
}

function saveMiner(parsed: ParsedLog, statePath: string): void {
  try {
    writeFileSync(statePath, JSON.stringify(parsed.drain.toJSON()));
  } catch (error) {
    throw outputError("--state", statePath, error);
  }
}

export async function runParse(config: FlareConfig, file: string, flags: ParseFlags): Promise<void> {
  if (flags.json && (flags.out === undefined || flags.out === "-")) {
    throw new UsageError("--json prints a summary to standard output, so it needs --out FILE for the CSV");
  }
  const drain = loadMiner(flags.state);
  // Outputs open before the input: a path that cannot be written is told at once, not after the parse.
  const out = await TextOutput.open({ path: flags.out, option: "--out", input: file });
  const templatesOut = flags.templates ? await TextOutput.open({ path: flags.templates, option: "--templates", input: file }) : undefined;
  const input = openInput(file, { format: flags.format, fields: "templates", workers: config.workers });
  const parsed = await parseLog(input.input, { format: flags.format, referenceYear: input.referenceYear, drain });
  const report = inputReport(parsed.ingest, input.finish());
  await writeParsedCsv(parsed, out);
  if (templatesOut) {
    await writeTemplatesCsv(parsed, templatesOut);
  }
  if (flags.state) {
    saveMiner(parsed, flags.state);
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ ...report, templates: parsed.drain.templates().length })}\n`);
  }
  process.stderr.write(describeInput(report));
}
