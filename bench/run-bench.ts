/**
 * `npm run bench [-- SUITE...]`: prints one JSON document with the machine and each suite's
 * measurements (`npm run -s bench` keeps npm's own banner off standard output). Suites:
 * parsing, detection, detectors, parse-speed, ingest-speed, scaling (time at 4n / time at n of the
 * inputs unit tests once timed), throughput (full HDFS_v1 scale; slow), api (GraphQL over HTTP;
 * needs DATABASE_URL).
 */
import { benchApi } from "./api.bench";
import { benchDetection, benchDetectorFamilies } from "./detection.bench";
import { machine } from "./bench-support";
import { benchIngestSpeed } from "./ingest-speed.bench";
import { benchParseSpeed } from "./parse-speed.bench";
import { benchParsingAccuracy } from "./parsing-accuracy.bench";
import { benchScaling } from "./scaling.bench";
import { benchThroughput } from "./throughput.bench";

const SUITES: Record<string, () => unknown> = {
  parsing: () => benchParsingAccuracy(),
  detection: () => benchDetection(),
  detectors: () => benchDetectorFamilies(),
  "parse-speed": () => benchParseSpeed(),
  "ingest-speed": () => benchIngestSpeed(undefined, 5),
  scaling: () => benchScaling(),
  throughput: () => benchThroughput(),
  api: () => benchApi(),
};

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !(name in SUITES));
  if (unknown.length) {
    process.stderr.write(`unknown suite ${unknown.join(", ")}; choose from ${Object.keys(SUITES).join(", ")}\n`);
    process.exit(2);
  }
  const results: Record<string, unknown> = { machine: machine() };
  for (const name of requested.length ? requested : Object.keys(SUITES)) {
    process.stderr.write(`bench: ${name}…\n`);
    results[name] = await SUITES[name]();
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
