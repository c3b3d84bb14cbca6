/** jest globalTeardown: stops the embedded Postgres that db-global-setup started, if any. */
export default async function tearDownTestDatabase(): Promise<void> {
  await globalThis.flareTestPostgres?.stop();
  globalThis.flareTestPostgres = undefined;
}
