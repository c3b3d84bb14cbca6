// Lint is the style guide: strict TypeScript rules plus the one-way data flow of DESIGN.md,
// enforced as import zones so a stage can never reach a later stage or an edge.
const tseslint = require("typescript-eslint");
const importPlugin = require("eslint-plugin-import");

const STAGES = ["ingest", "parse", "features", "detect", "incidents", "summarize"];
const EDGES = ["./src/cli", "./src/api", "./src/store", "./src/sources", "./src/workers", "./src/config", "./src/experiments", "./src/llm"];

const laterStageZones = STAGES.flatMap((stage, i) =>
  STAGES.slice(i + 1).map((later) => ({
    target: `./src/pipeline/${stage}`,
    from: `./src/pipeline/${later}`,
    message: `the ${stage} stage runs before ${later}: data flows one way`,
  })),
);

const edgeZones = STAGES.map((stage) => ({
  target: `./src/pipeline/${stage}`,
  from: EDGES,
  message: "pipeline stages are pure: I/O, config and transport live at the edges",
}));

const SRC_FOLDERS = ["domain", "pipeline", "evaluate", "sources", "workers", "config", "store", "api", "cli", "experiments", "llm"];
const srcExcept = (...folders) => SRC_FOLDERS.filter((f) => !folders.includes(f)).map((f) => `./src/${f}`);

// What tests and benchmarks may reach. The unit project (tests/unit, tests/golden) runs without
// the database globalSetup (jest.config.js), so it must not need a database, a server or a child
// process: no store, API or Prisma client, and none of the support files that start one.
const UNIT_TESTS = ["./tests/unit", "./tests/golden"];
const PROCESS_SUPPORT = ["test-database.ts", "db-global-setup.ts", "db-global-teardown.ts", "flare-serve.ts", "run-flare.ts", "run-flare-async.ts", "fake-anthropic.ts"];
const testZones = [
  { target: "./src", from: ["./tests", "./bench"], message: "the product never depends on its tests or benchmarks" },
  {
    target: UNIT_TESTS,
    from: ["./src/store", "./src/api", "./src/generated", "./tests/integration", "./tests/e2e", ...PROCESS_SUPPORT.map((f) => `./tests/support/${f}`)],
    message: "unit tests run without a database, server or child process: move this test to tests/integration",
  },
  // Benchmarks reuse tests/support (the same dataset paths, dev-pool sampling and `flare serve`
  // launcher the tests use, so a benchmark measures the inputs the tests check) but never a test
  // file or a stage's private fixtures: those change with the tests and would silently move a baseline.
  { target: "./bench", from: "./tests", except: ["./support"], message: "benchmarks may share tests/support only" },
];

const IO_MODULES = ["fs", "fs/promises", "http", "https", "net", "os", "child_process", "@prisma/client", "@anthropic-ai/sdk"];

// Stages and the composition root beside them (run-pipeline.ts, masked-records.ts, every file
// directly in src/pipeline) are pure: what they need from the world (the clock, randomness, the
// machine) is passed in, so a run is reproducible from its inputs.
const PURE_FILES = [...STAGES.map((s) => `src/pipeline/${s}/**/*.ts`), "src/pipeline/*.ts"];
const PASS_THE_CLOCK_IN = "pass the clock in";

// Only the composition root wires stages. An edge may import a stage's types and constants
// (FORMAT_NAMES, DETECTOR_KINDS: input validation needs them) but calls stage functions and
// builds stage objects through src/pipeline/run-pipeline.ts, so the pipeline is assembled once.
// src/sources is left out: it only turns bytes into lines with ingest's LineSplitter (one stage,
// nothing wired).
const WIRING_EDGES = ["src/cli/**/*.ts", "src/api/**/*.ts", "src/workers/**/*.ts", "src/store/**/*.ts", "src/experiments/**/*.ts", "src/llm/**/*.ts"];

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "client/dist/**", "src/generated/**", "**/*.js", "**/*.mjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { import: importPlugin },
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true } },
    rules: {
      curly: ["error", "all"],
      eqeqeq: ["error", "always"],
      "no-console": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./src/domain", from: "./src", except: ["./domain"], message: "domain imports nothing" },
            ...laterStageZones,
            ...edgeZones,
            { target: srcExcept("cli"), from: "./src/cli", message: "nothing imports the CLI" },
            // The CLI is the process entry point: `flare serve` starts the API; nothing else imports it.
            { target: srcExcept("api", "cli"), from: "./src/api", message: "nothing but the CLI's serve command imports the API" },
            // Prisma row types stop at the store: everything else sees domain objects (src/domain).
            { target: srcExcept("store"), from: "./src/generated", message: "Prisma row types stop at the store: use the store's domain objects" },
            ...testZones,
          ],
        },
      ],
    },
  },
  {
    files: PURE_FILES,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: IO_MODULES.flatMap((m) => [m, `node:${m}`])
            .filter((m) => !m.startsWith("node:@"))
            .map((name) => ({ name, message: "stages are pure: files, network, processes and the machine belong to the edges" })),
          patterns: [],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "only src/config reads the environment" },
        { object: "process", property: "hrtime", message: PASS_THE_CLOCK_IN },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "pass a seeded random source in" },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: PASS_THE_CLOCK_IN },
        // new Date(ms) converts a value that was passed in; only the argument-less forms read the clock.
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: PASS_THE_CLOCK_IN },
        { selector: "CallExpression[callee.name='Date']", message: PASS_THE_CLOCK_IN },
        { selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']", message: PASS_THE_CLOCK_IN },
      ],
    },
  },
  {
    files: WIRING_EDGES,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `(^|/)pipeline/(${STAGES.join("|")})(/|$)`,
              allowTypeImports: true,
              allowImportNamePattern: "^[A-Z][A-Z0-9_]*$",
              message: "an edge imports a stage's types and constants only; call stage functions through src/pipeline/run-pipeline.ts",
            },
          ],
        },
      ],
    },
  },
);
