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
  /**
   * A Postgres server (`postgresql://user:pass@host:5432/db`, optional `?schema=`). Unset on
   * purpose by default: Flare then runs an embedded Postgres, so a new user installs nothing.
   * Empty counts as unset, as `DATABASE_URL=` in a shell or .env file means.
   */
  DATABASE_URL: z.preprocess(emptyIsUnset, z.string().url().optional()),
  /**
   * Where the embedded Postgres keeps its files when DATABASE_URL is unset. Under `.flare/` in
   * the working directory, like other local state, so each project has its own incidents.
   */
  FLARE_PGDATA: z.string().min(1).default(".flare/pgdata"),
  /** pino's levels; `info` logs one line per API request, `warn` only problems. */
  FLARE_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Claude for explanations when set; unset (or empty) means the offline summarizer, no LLM. */
  ANTHROPIC_API_KEY: z.preprocess(emptyIsUnset, z.string().optional()),
  /** Another address for the Anthropic API (a proxy or gateway); the SDK's default otherwise. */
  ANTHROPIC_BASE_URL: z.preprocess(emptyIsUnset, z.string().url().optional()),
  FLARE_LLM_MODEL: z.string().min(1).default(DEFAULT_LLM_MODEL),
});

export interface FlareConfig {
  debug: boolean;
  workers: boolean;
  databaseUrl?: string;
  pgDataDir: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  llm: LlmConfig;
}

/** Which LLM explains incidents; `offline` is the rule-based summarizer and needs nothing. */
export type LlmConfig = { provider: "offline" } | { provider: "anthropic"; apiKey: string; baseUrl?: string; model: string };

export function loadConfig(env: NodeJS.ProcessEnv): FlareConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`bad environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  return {
    debug: parsed.data.FLARE_DEBUG,
    workers: parsed.data.FLARE_WORKERS === "auto",
    databaseUrl: parsed.data.DATABASE_URL,
    pgDataDir: parsed.data.FLARE_PGDATA,
    logLevel: parsed.data.FLARE_LOG_LEVEL,
    llm: parsed.data.ANTHROPIC_API_KEY
      ? { provider: "anthropic", apiKey: parsed.data.ANTHROPIC_API_KEY, baseUrl: parsed.data.ANTHROPIC_BASE_URL, model: parsed.data.FLARE_LLM_MODEL }
      : { provider: "offline" },
  };
}
