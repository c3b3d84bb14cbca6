import { Ctx, Query, Resolver } from "type-graphql";
import { version } from "../../../package.json";
import type { ApiContext } from "../context.type";
import { HealthType } from "../types/health.type";

@Resolver()
export class HealthResolver {
  @Query(() => HealthType, { description: "Version, database reachability, the summarizer in use and the LLM provider's reachability" })
  async health(@Ctx() { prisma, llmStatus }: ApiContext): Promise<HealthType> {
    const [database, llm] = await Promise.all([
      prisma.$queryRaw`SELECT 1`.then(
        () => "ok",
        (error: Error) => `unreachable: ${error.message.split("\n")[0]}`,
      ),
      llmStatus(),
    ]);
    return { version, database, summarizer: "offline", llm };
  }
}
