/** Builds a Prisma client on node-postgres for one database URL (and its `?schema=`). */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { parseDatabaseUrl } from "./database-url";

export type StoreClient = PrismaClient;

export function createPrismaClient(url: string): StoreClient {
  const { connectionString, schema } = parseDatabaseUrl(url);
  // The adapter qualifies every table with `schema`, so the session's search_path never matters.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }, { schema }) });
}
