import { z } from "zod";

export const DEFAULT_LLM_MODEL = "claude-sonnet-4-6";

const emptyIsUnset = (value: unknown) => (value === "" ? undefined : value);

/**
 * The only reader of the environment. Every setting has a default that works on a fresh
 * machine with nothing configured: no API key, no database server.
 */
const configSchema = z.object({
  /** Print stack traces of internal failures; off so users see one clear line instead. */
  FLARE_DEBUG: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  /**
   * `auto` ingests large files on a worker thread so the two halves of parsing use two cores;
   * `off` keeps everything on one thread (for machines with one core, or to compare).
   */
  FLARE_WORKERS: z.enum(["auto", "off"]).default("auto"),
  /** pino's levels; `info` logs one line per API request, `warn` only problems. */
  FLARE_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * Lets `health` report the provider as `anthropic` and whether Claude answers. Explanations stay
   * offline either way: no summarizer calls Claude yet. Unset (or empty) means no LLM at all.
   */
  ANTHROPIC_API_KEY: z.preprocess(emptyIsUnset, z.string().optional()),
  /** Another address for the Anthropic API (a proxy or gateway); the SDK's default otherwise. */
  ANTHROPIC_BASE_URL: z.preprocess(emptyIsUnset, z.string().url().optional()),
  FLARE_LLM_MODEL: z.string().min(1).default(DEFAULT_LLM_MODEL),
});

function isPostgresUrl(value: string): boolean {
  try {
    return ["postgres:", "postgresql:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * The database settings, apart from the rest so that only the commands that open the database
 * (`serve`, `db`) read them: a malformed DATABASE_URL must not stop `flare parse`.
 */
const databaseSchema = z.object({
  /**
   * A Postgres server (`postgresql://user:pass@host:5432/db`, optional `?schema=`). Unset on
   * purpose by default: Flare then runs an embedded Postgres, so a new user installs nothing.
   * Empty counts as unset, as `DATABASE_URL=` in a shell or .env file means.
   */
  DATABASE_URL: z.preprocess(
    emptyIsUnset,
    z
      .string()
      .refine(isPostgresUrl, { message: "must be a URL like postgresql://user:pass@host:5432/db (unset or empty: the embedded Postgres)" })
      .optional(),
  ),
  /**
   * Where the embedded Postgres keeps its files when DATABASE_URL is unset. Under `.flare/` in
   * the working directory, like other local state, so each project has its own incidents.
   */
  FLARE_PGDATA: z.string().min(1).default(".flare/pgdata"),
});

/** A bad value in the environment: the user's to fix, so the CLI shows it as one line (exit 2). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

function parseEnv<Schema extends z.ZodType>(schema: Schema, env: NodeJS.ProcessEnv): z.output<Schema> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`bad environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

export interface FlareConfig {
  debug: boolean;
  workers: boolean;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  llm: LlmConfig;
}

/** Which LLM explains incidents; `offline` is the rule-based summarizer and needs nothing. */
export type LlmConfig = { provider: "offline" } | { provider: "anthropic"; apiKey: string; baseUrl?: string; model: string };

export function loadConfig(env: NodeJS.ProcessEnv): FlareConfig {
  const settings = parseEnv(configSchema, env);
  return {
    debug: settings.FLARE_DEBUG,
    workers: settings.FLARE_WORKERS === "auto",
    logLevel: settings.FLARE_LOG_LEVEL,
    llm: settings.ANTHROPIC_API_KEY
      ? { provider: "anthropic", apiKey: settings.ANTHROPIC_API_KEY, baseUrl: settings.ANTHROPIC_BASE_URL, model: settings.FLARE_LLM_MODEL }
      : { provider: "offline" },
  };
}

/** Where incidents are kept: a Postgres server, or the embedded Postgres's data directory. */
export interface DatabaseConfig {
  databaseUrl?: string;
  pgDataDir: string;
}

export function loadDatabaseConfig(env: NodeJS.ProcessEnv): DatabaseConfig {
  const settings = parseEnv(databaseSchema, env);
  return { databaseUrl: settings.DATABASE_URL, pgDataDir: settings.FLARE_PGDATA };
}
