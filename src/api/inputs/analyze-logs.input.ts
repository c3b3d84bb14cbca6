import { Field, InputType } from "type-graphql";
import { z } from "zod";
import { FORMAT_NAMES } from "../../pipeline/ingest";
import { textWithoutNul } from "./text-without-nul";

/** Largest `text` accepted inline; bigger logs go to POST /upload, which streams. */
export const MAX_INLINE_LOG_BYTES = 8 * 2 ** 20;

@InputType("AnalyzeLogsInput")
export class AnalyzeLogsInput {
  @Field(() => String, { description: "The raw log lines" })
  text!: string;

  @Field(() => String, { nullable: true, description: "Log format, or auto (the default) to detect it" })
  format?: string;

  @Field(() => String, { nullable: true, description: "Where the log came from; shown on the batch" })
  source?: string;

  @Field(() => Boolean, { nullable: true, description: "Explain each incident (default true)" })
  summarize?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Grade each summary with the judge (default false)" })
  evaluate?: boolean;
}

export const analyzeLogsSchema = z.object({
  text: z.string().refine((text) => text.trim().length > 0, "text is empty; paste the log lines to analyze"),
  format: z
    .enum(["auto", ...FORMAT_NAMES] as [string, ...string[]], { message: `format must be auto or one of ${FORMAT_NAMES.join(", ")}` })
    .default("auto"),
  source: textWithoutNul("source").trim().min(1).max(200, "source is at most 200 characters").default("graphql"),
  summarize: z.boolean().default(true),
  // Grading needs the LLM judge, which this server does not have yet: say so rather than ignore it.
  evaluate: z
    .boolean()
    .default(false)
    .refine((evaluate) => !evaluate, "evaluate is not available yet (the LLM judge is not part of this server); leave it out or set it to false"),
});
