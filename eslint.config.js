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

const IO_MODULES = ["fs", "fs/promises", "http", "https", "net", "child_process", "@prisma/client", "@anthropic-ai/sdk"];

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
          ],
        },
      ],
    },
  },
  {
    files: STAGES.map((s) => `src/pipeline/${s}/**/*.ts`),
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: IO_MODULES.flatMap((m) => [m, `node:${m}`]).filter((m) => !m.startsWith("node:@")), patterns: [] },
      ],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "only src/config reads the environment" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "pass a seeded random source in" },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "pass the clock in" },
      ],
    },
  },
);
