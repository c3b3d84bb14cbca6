/**
 * Prisma's `?schema=` URL parameter, honoured by hand: node-postgres does not know it, and the
 * schema has to reach both the adapter (which qualifies table names) and the migrations.
 */
export interface DatabaseTarget {
  /** The URL without `schema`, for node-postgres. */
  connectionString: string;
  schema: string;
}

export const DEFAULT_SCHEMA = "public";

export function parseDatabaseUrl(url: string): DatabaseTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? DEFAULT_SCHEMA;
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}

export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("schema", schema);
  return parsed.toString();
}

/** A double-quoted SQL identifier, for the schema name that cannot be a bind parameter. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
