import type { z } from "zod";
import { BadUserInputError } from "./errors";

/** Parses input with zod at the edge; the first problem becomes one readable BAD_USER_INPUT message. */
export function validateInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw new BadUserInputError(`${where}${issue.message}`);
  }
  return result.data;
}
