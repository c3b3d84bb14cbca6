/**
 * Three jest projects, so the inner loop (`npm run test:unit`) never pays for a database:
 * - unit: tests/unit and tests/golden, pure in-process code (no database, server or child process;
 *   lint keeps tests/unit away from src/store, src/api and src/generated);
 * - integration: tests/integration, real Postgres, HTTP, CLI processes;
 * - e2e: tests/e2e, Chromium against a running `flare serve` (also needs the database).
 * The database globalSetup is set per project, not globally: jest runs a project's globalSetup
 * only when at least one of its tests is selected, and runs a module named by two projects once.
 * @type {import('jest').Config}
 */
const shared = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
};

// One database for the whole run (the embedded Postgres when DATABASE_URL is unset).
const withDatabase = {
  globalSetup: "<rootDir>/tests/support/db-global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/db-global-teardown.ts",
};

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: "unit", roots: ["<rootDir>/tests/unit", "<rootDir>/tests/golden"] },
    { ...shared, ...withDatabase, displayName: "integration", roots: ["<rootDir>/tests/integration"] },
    { ...shared, ...withDatabase, displayName: "e2e", roots: ["<rootDir>/tests/e2e"] },
  ],
};
