/**
 * jest globalSetup of the integration and e2e projects (jest.config.js; the unit project has
 * none, so `npm run test:unit` starts no database): without DATABASE_URL, ONE embedded Postgres
 * serves the whole run (start-up takes seconds, too slow per suite); jest runs this module once
 * even when both projects name it. Workers inherit the URL through the environment; each
 * suite then works in its own schema (test-database.ts), so suites can run in parallel.
 * The server lives in the main jest process: a test that runs in-band must never block it
 * (spawnSync of a child that uses the database would deadlock; see run-flare-async.ts).
 */
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/store/embedded-postgres";

export const TEST_DATABASE_URL_VAR = "FLARE_TEST_DATABASE_URL";

declare global {
  var flareTestPostgres: EmbeddedPostgres | undefined;
}

export default async function setUpTestDatabase(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env[TEST_DATABASE_URL_VAR] = process.env.DATABASE_URL;
    return;
  }
  // In memory: nothing to clean up after a crashed run, and no clash with the user's .flare/.
  globalThis.flareTestPostgres = await startEmbeddedPostgres(undefined);
  process.env[TEST_DATABASE_URL_VAR] = globalThis.flareTestPostgres.url;
}
