import { Ctx, Query, Resolver } from "type-graphql";
import { version } from "../../../package.json";
import type { ApiContext } from "../context.type";
import { HealthType } from "../types/health.type";

@Resolver()
export class HealthResolver {
  @Query(() => HealthType, { description: "Version, database reachability, the summarizer in use and the LLM provider's reachability" })
  async health(@Ctx() { prisma, llmStatus, logger }: ApiContext): Promise<HealthType> {
    const [database, llm] = await Promise.all([
      prisma.$queryRaw`SELECT 1`.then(
        () => "ok",
        // The driver's message can name hosts, users and schemas: it goes to the server log only.
        (error: unknown) => {
          logger.error({ err: error }, "health: database check failed");
          return "unreachable; the server log has the details";
        },
      ),
      llmStatus(),
    ]);
    return { version, database, summarizer: "offline", llm };
  }
}
