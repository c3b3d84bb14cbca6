import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { FormatName } from "../../pipeline/ingest";
import { getBatch, listBatches } from "../../store";
import { linesOfText } from "../../sources";
import { analyzeAndStore, sha256 } from "../analyze-logs.service";
import type { ApiContext } from "../context.type";
import { PayloadTooLargeError } from "../errors";
import { AnalyzeLogsInput, analyzeLogsSchema, MAX_INLINE_LOG_BYTES } from "../inputs/analyze-logs.input";
import { pageSizeSchema } from "../inputs/incident-filter.input";
import { toIncident, toLogBatch } from "../graphql-mappers";
import { IncidentType } from "../types/incident.type";
import { LogBatchType } from "../types/log-batch.type";
import { validateInput } from "../validate-input";

@Resolver(() => LogBatchType)
export class LogBatchResolver {
  @Query(() => [LogBatchType], {
    description: "Submitted logs, newest first",
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Number(args.first ?? 20),
  })
  async logBatches(@Ctx() { prisma }: ApiContext, @Arg("first", () => Int, { defaultValue: 20 }) first: number): Promise<LogBatchType[]> {
    return (await listBatches(prisma, validateInput(pageSizeSchema, first))).map(toLogBatch);
  }

  @Query(() => LogBatchType)
  async logBatch(@Ctx() { prisma }: ApiContext, @Arg("id", () => ID) id: string): Promise<LogBatchType> {
    return toLogBatch(await getBatch(prisma, id));
  }

  @Mutation(() => LogBatchType, { description: "Analyze raw log text: the batch with its incidents, explained" })
  async analyzeLogs(@Ctx() context: ApiContext, @Arg("input", () => AnalyzeLogsInput) input: AnalyzeLogsInput): Promise<LogBatchType> {
    if (Buffer.byteLength(input.text ?? "") > MAX_INLINE_LOG_BYTES) {
      throw new PayloadTooLargeError(MAX_INLINE_LOG_BYTES);
    }
    const valid = validateInput(analyzeLogsSchema, input);
    const batch = await analyzeAndStore(context, {
      lines: linesOfText(valid.text),
      contentHash: sha256(valid.text),
      byteCount: Buffer.byteLength(valid.text),
      source: valid.source,
      format: valid.format as FormatName | "auto",
      summarize: valid.summarize,
    });
    return toLogBatch(batch);
  }

  @FieldResolver(() => [IncidentType], { description: "Most anomalous first" })
  async incidents(@Root() batch: LogBatchType, @Ctx() { loaders }: ApiContext): Promise<IncidentType[]> {
    return (await loaders.incidentsByBatchId.load(batch.id)).map(toIncident);
  }
}
