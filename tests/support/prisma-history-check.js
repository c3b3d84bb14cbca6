// Run by tests/integration/store/schema-sync.test.ts as its own process (the schema engine's
// bindings are an ES module jest cannot load): applies the migrations with Flare's migrateDatabase,
// then asks Prisma's own schema engine (the code behind `prisma migrate deploy`) what it would
// still apply and which migrations it considers edited or failed. Prints that as JSON.
const path = require("node:path");
const { readFileSync } = require("node:fs");
const { PGlite } = require("@electric-sql/pglite");
const { PGLiteSocketServer } = require("@electric-sql/pglite-socket");
const { PrismaPGlite } = require("pglite-prisma-adapter");

const DIST = path.resolve(__dirname, "..", "..", "dist", "src", "store", "migrations");
const { migrateDatabase } = require(path.join(DIST, "apply-migrations.js"));
const { migrationsTarget } = require(path.join(DIST, "diff-migrations.js"));
const { readMigrationFiles, findMigrationsDir } = require(path.join(DIST, "migration-files.js"));
const { createSchemaEngine, NO_FILTERS } = require(path.join(DIST, "schema-engine.js"));

async function main() {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0 });
  await server.start();
  const files = readMigrationFiles();
  const appliedByFlare = await migrateDatabase(`postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`, files);
  await server.stop();
  const schema = readFileSync(path.join(path.dirname(findMigrationsDir()), "schema.prisma"), "utf8");
  const engine = await createSchemaEngine(schema, new PrismaPGlite(db));
  const { tag: _tag, ...migrationsList } = migrationsTarget(files);
  const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS });
  const applied = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
  process.stdout.write(JSON.stringify({ appliedByFlare, diagnosis, appliedByPrisma: applied.appliedMigrationNames }));
  await db.close();
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
