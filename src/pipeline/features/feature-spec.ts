/** Which per-session features to build, and how to weight and normalise them. */
import { z } from "zod";

export const FeatureSpecSchema = z.object({
  /** A column per template: how often it occurs in the session. */
  counts: z.boolean(),
  /** A column per template transition `a>b` seen in training (order information). */
  bigrams: z.boolean(),
  /** Duration, inter-arrival mean/max/std (seconds) and line count. */
  timing: z.boolean(),
  /** `log` = ln(1 + count), sublinear term frequency: a template seen 15 times is not 5× one seen 3 times. */
  tf: z.enum(["raw", "log"]),
  /** `tf-idf` multiplies count and bigram columns by a smooth idf fitted on training sessions. */
  weighting: z.enum(["none", "tf-idf"]),
  /**
   * `l2`: each session's count+bigram part scaled to unit length (a "document" vector);
   * `zero-mean` / `standard`: every column centred (and divided by its std) with training stats.
   */
  normalisation: z.enum(["none", "l2", "zero-mean", "standard"]),
});

export type FeatureSpec = z.infer<typeof FeatureSpecSchema>;

/** Template counts only, as they come: the smallest spec, for callers that want raw counts. */
export const COUNT_FEATURES: FeatureSpec = {
  counts: true,
  bigrams: false,
  timing: false,
  tf: "raw",
  weighting: "none",
  normalisation: "none",
};
