/**
 * Prisma CLI settings (generate, validate, and online `prisma migrate deploy`). Prisma 7 reads
 * the database URL from here rather than from schema.prisma; the app itself connects through
 * src/config, so an unset DATABASE_URL only matters to the online migrate commands.
 */
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
