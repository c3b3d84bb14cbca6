import { Option } from "commander";
import { DETECTOR_KINDS } from "../../pipeline/detect";
import type { CommandDefinition } from "../command-definition";
import { lazyAction } from "../command-definition";
import { FILE_ARGUMENT, formatOption, sessionOption } from "../input-options";

export const detectCommand: CommandDefinition = (command) =>
  command
    .argument(...FILE_ARGUMENT)
    .addOption(formatOption())
    .addOption(sessionOption())
    .addOption(new Option("--detector <name>", "anomaly detector").choices([...DETECTOR_KINDS]))
    .option("--out <path>", "CSV output file (default: standard output)")
    .option("--labels <path>", "labels CSV (BlockId|SessionId,Label): also print precision, recall and F1")
    .option("--json", "print a JSON report: sessions, threshold, anomalous sessions and the templates that drove them")
    .action(lazyAction(async () => (await import("./detect.action.js")).runDetect));
