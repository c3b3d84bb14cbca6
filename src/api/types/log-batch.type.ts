import { Field, ID, Int, ObjectType } from "type-graphql";
import { BatchStatus } from "./enums";

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

  @Field(() => Int)
  skippedLines!: number;

  @Field(() => String, { nullable: true, description: "Why the analysis failed, when it did" })
  error?: string | null;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt?: Date | null;

  @Field(() => Int, { nullable: true })
  durationMs?: number | null;
}
