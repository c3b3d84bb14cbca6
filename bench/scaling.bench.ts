/**
 * Linear-time guards, measured here instead of asserted in milliseconds by unit tests (which
 * keep the behaviour: the result must be right). Each case runs at size n and STEP·n in the same
 * process and reports ratio = time(STEP·n) / time(n) and order = log(ratio) / log(STEP), the
 * empirical order of growth: about 1 is linear, about 2 quadratic, so a case is flagged when its
 * order passes MAX_ORDER. Absolute times say little on a shared machine; a ratio taken in one run
 * compares the code against itself.
 * `node dist/bench/scaling.bench.js [--runs N]` prints JSON (the fastest of N passes per size:
 * other jobs on the machine only ever add time).
 */
import type { SessionEvidence } from "../src/domain/session";
import { groupIncidents, type AnomalousSession } from "../src/pipeline/incidents";
import { DEFAULT_MAX_LINE_BYTES, FORMATS, LineSplitter, redactSecrets } from "../src/pipeline/ingest";
import { Drain } from "../src/pipeline/parse";
import { DEV_POOL_PATH, drawEventSample, loadEventSessions, type EventSession } from "../tests/support/hdfs-event-sessions";
import { machine } from "./bench-support";

/**
 * A step of 4 rather than 2: linear and quadratic then differ by 4x instead of 2x, beyond the
 * jumps caches and the garbage collector add when an input outgrows them (measured up to about
 * 2x, e.g. redaction between 32 and 64 KiB; order 1.3 to 1.4 here, not 1.5).
 */
const STEP = 4;
/** Halfway between linear (1) and quadratic (2): n log n passes, anything quadratic does not. */
const MAX_ORDER = 1.5;

interface ScalingCase {
  /** What n counts, for the reader of the JSON. */
  unit: string;
  n: number;
  /** Builds the input of size `size` (not timed). */
  input: (size: number) => unknown;
  /** The timed work; throws when the answer is wrong, so a fast wrong answer never passes. */
  run: (input: never) => void;
}

function expectThat(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`scaling bench: ${what}`);
  }
}

/**
 * Ingest skips lines longer than 64 KiB, so line-shaped inputs go up to that size at STEP·n, the
 * worst a real line can be.
 */
const LINE_CAP = DEFAULT_MAX_LINE_BYTES;

/** Secret redaction on lines built to make its rules backtrack. */
const redactionCases: Record<string, ScalingCase> = {
  "redact-dotted-run": {
    unit: "line bytes",
    n: LINE_CAP / STEP,
    input: (size) => `${"a.".repeat(size / 2)} token=x`,
    run: (line: string) => expectThat(redactSecrets(line).redactions === 1, "the token after a dotted run is redacted"),
  },
  "redact-open-quotes": {
    unit: "line bytes",
    n: LINE_CAP / STEP,
    input: (size) => 'token="'.repeat(Math.floor(size / 7)),
    run: (line: string) => expectThat(redactSecrets(line).redactions > 0, "repeated open quotes still redact"),
  },
};

/** Every format's header regex on a character run that lazy groups backtrack on, per format. */
const HOSTILE_UNITS = [" (", "[", " ([", ":", "[1"];
const headerCases: Record<string, ScalingCase> = Object.fromEntries(
  FORMATS.map((format) => [
    `header-parse-${format.name}`,
    {
      unit: "bytes per hostile body",
      n: LINE_CAP / STEP,
      input: (size: number) =>
        HOSTILE_UNITS.flatMap((unit) => {
          const body = unit.repeat(Math.floor(size / unit.length));
          return [`Jul  1 09:00:55 host ${body}`, `- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 ${body}`];
        }),
      run: (lines: string[]) => lines.forEach((line) => format.parse(line)),
    },
  ]),
);

const otherCases: Record<string, ScalingCase> = {
  "line-splitter-huge-line": {
    unit: "bytes in one chunk",
    n: (10 * 1024 * 1024) / STEP,
    input: (size) => Buffer.concat([Buffer.alloc(size, "x"), Buffer.from("\nok\n")]),
    run: (chunk: Buffer) => {
      const splitter = new LineSplitter();
      const lines = [...splitter.push(chunk), ...splitter.end()];
      expectThat(lines.length === 1 && lines[0].text === "ok" && splitter.skipped["too-long"] === 1, "the huge line is skipped, the next kept");
    },
  },
  "drain-long-lines": {
    unit: "tokens per line",
    n: 5_000,
    input: (size) => {
      const numbers = Array.from({ length: size }, (_, i) => String(i)).join(" ");
      const words = Array.from({ length: size }, (_, i) => (i % 2 ? "w" : String(i))).join(" ");
      return [numbers, numbers, words, words.replace("w", "v")];
    },
    run: (lines: string[]) => {
      const drain = new Drain();
      lines.forEach((line) => drain.train(line));
      expectThat(drain.template(1) === Array(lines[0].split(" ").length).fill("<*>").join(" "), "the numbers line is all parameters");
    },
  },
  "extract-parameters-near-miss": {
    unit: "repeats of the 4-byte almost-matching unit",
    n: LINE_CAP / 4 / STEP,
    input: (size) => {
      const drain = new Drain();
      const { templateId } = drain.train("a 1 b 2 b 3 c");
      return { drain, templateId, almost: `a ${"1 b ".repeat(size)}d` };
    },
    run: ({ drain, templateId, almost }: { drain: Drain; templateId: number; almost: string }) =>
      expectThat(drain.extractParameters(templateId, almost).length === 0, "a line that is not an instance yields no parameters"),
  },
  "group-incidents": {
    unit: "anomalous HDFS sessions (dev pool)",
    n: 5_000,
    input: (size) => anomalousSessions(size),
    run: (sessions: AnomalousSession[]) => {
      const incidents = groupIncidents(sessions, (id) => `template ${id} <*>`);
      expectThat(incidents.reduce((sum, incident) => sum + incident.sessionIds.length, 0) === sessions.length, "every session is in one incident");
    },
  },
};

let devPool: EventSession[] | undefined;

/** `count` anomalous blocks drawn from the HDFS dev pool (with replacement), as the detector would hand them on. */
function anomalousSessions(count: number): AnomalousSession[] {
  devPool ??= loadEventSessions(DEV_POOL_PATH());
  return drawEventSample(devPool, count, 1, 11).map((drawn, i) => {
    const templateCounts: Record<number, number> = {};
    drawn.events.forEach((id) => (templateCounts[id] = (templateCounts[id] ?? 0) + 1));
    const evidence: SessionEvidence = {
      sessionId: `blk_${i}`,
      lineCount: drawn.events.length,
      templateCounts,
      levels: { INFO: drawn.events.length },
      components: { "dfs.DataNode": drawn.events.length },
      examples: Object.keys(templateCounts).map((id, k) => ({ templateId: Number(id), lineId: i * 1000 + k, text: `line of E${id}` })),
    };
    return { evidence, score: 0.5 + (i % 97) / 194 };
  });
}

/** A timed pass at n lasts at least this long (calls are repeated until it does), well above timer noise. */
const MIN_PASS_SECONDS = 0.05;

/** Seconds of one pass of `repeats` calls. */
function passSeconds(scalingCase: ScalingCase, input: never, repeats: number): number {
  const started = process.hrtime.bigint();
  for (let k = 0; k < repeats; k++) {
    scalingCase.run(input);
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Calls per pass so that a pass at n lasts MIN_PASS_SECONDS, from the fastest of three single calls after a warm-up one. */
function repeatsFor(scalingCase: ScalingCase, input: never): number {
  scalingCase.run(input);
  const single = Math.min(...[1, 2, 3].map(() => passSeconds(scalingCase, input, 1)));
  return Math.max(1, Math.ceil(MIN_PASS_SECONDS / single));
}

/**
 * Seconds per call at n and at STEP·n: passes alternate between the sizes, so a burst of load
 * from other jobs hits both alike, and the fastest pass of each counts.
 */
function measure(scalingCase: ScalingCase, runs: number): { repeats: number; secondsAtN: number; secondsAtStepN: number } {
  const small = scalingCase.input(scalingCase.n) as never;
  const large = scalingCase.input(STEP * scalingCase.n) as never;
  const repeats = repeatsFor(scalingCase, small);
  passSeconds(scalingCase, large, repeats);
  let fastestSmall = Number.POSITIVE_INFINITY;
  let fastestLarge = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    fastestSmall = Math.min(fastestSmall, passSeconds(scalingCase, small, repeats));
    fastestLarge = Math.min(fastestLarge, passSeconds(scalingCase, large, repeats));
  }
  return { repeats, secondsAtN: fastestSmall / repeats, secondsAtStepN: fastestLarge / repeats };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function benchScaling(runs = 5): Record<string, unknown> {
  const cases: Record<string, unknown> = {};
  const superlinear: string[] = [];
  for (const [name, scalingCase] of Object.entries({ ...redactionCases, ...headerCases, ...otherCases })) {
    const { repeats, secondsAtN, secondsAtStepN } = measure(scalingCase, runs);
    const ratio = secondsAtStepN / secondsAtN;
    const order = Math.log(ratio) / Math.log(STEP);
    if (order > MAX_ORDER) {
      superlinear.push(name);
    }
    cases[name] = { unit: scalingCase.unit, n: scalingCase.n, repeats, secondsAtN, secondsAtStepN, ratio: round(ratio), order: round(order) };
  }
  return { runs, step: STEP, maxOrder: MAX_ORDER, superlinear, cases };
}

if (require.main === module) {
  const at = process.argv.indexOf("--runs");
  const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
  process.stdout.write(`${JSON.stringify({ machine: machine(), scaling: benchScaling(runs) }, null, 2)}\n`);
}
