import { z } from "zod";

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
});

export type FlareConfig = { debug: boolean };

export function loadConfig(env: NodeJS.ProcessEnv): FlareConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`bad environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  return { debug: parsed.data.FLARE_DEBUG };
}
