import { Field, ID, Int, ObjectType } from "type-graphql";
import { BATCH_SKIP_REASONS } from "../../domain/stored-batch";
import { BatchErrorCode, BatchStatus } from "./enums";

const REASONS = Object.entries(BATCH_SKIP_REASONS)
  .map(([reason, what]) => `\`${reason}\` (${what})`)
  .join(", ");

@ObjectType("SkipCount", { description: "How many lines of a batch were left out of its sessions for one reason" })
export class SkipCountType {
  @Field(() => String, { description: `One of ${REASONS}` })
  reason!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType("LogBatch", { description: "One submitted log and how its analysis went" })
export class LogBatchType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Where the log came from (a file name, `paste`, a stream)" })
  source!: string;

  @Field(() => String, { nullable: true })
  detectedFormat?: string | null;

  @Field(() => BatchStatus)
  status!: BatchStatus;

  @Field(() => Int)
  lineCount!: number;

  @Field(() => String, { description: "Bytes as a decimal string (can exceed 2^31)" })
  byteCount!: string;

  @Field(() => String, { description: "sha256 of the content; resubmitting it returns this batch" })
  contentHash!: string;

  @Field(() => Int)
  sessionCount!: number;

  @Field(() => Int)
  anomalyCount!: number;

  @Field(() => Int)
  incidentCount!: number;

  @Field(() => Int, { description: "Lines in no scored session, for any reason (entries that name no session included): the sum of skippedByReason" })
  skippedLines!: number;

  @Field(() => [SkipCountType], { description: "skippedLines by reason, only reasons that occurred" })
  skippedByReason!: SkipCountType[];

  @Field(() => String, { nullable: true, description: "Why the analysis failed, when it did; never internal detail, which only the server log has" })
  error?: string | null;

  @Field(() => BatchErrorCode, { nullable: true, description: "The kind of failure, when the analysis failed" })
  errorCode?: BatchErrorCode | null;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt?: Date | null;

  @Field(() => Int, { nullable: true })
  durationMs?: number | null;
}
