import { Ctx, Query, Resolver } from "type-graphql";
import { version } from "../../../package.json";
import type { ApiContext } from "../context.type";
import { HealthType } from "../types/health.type";

@Resolver()
export class HealthResolver {
  @Query(() => HealthType, { description: "Version, database reachability and the summarizer in use" })
  async health(@Ctx() { prisma }: ApiContext): Promise<HealthType> {
    const database = await prisma.$queryRaw`SELECT 1`.then(
      () => "ok",
      (error: Error) => `unreachable: ${error.message.split("\n")[0]}`,
    );
    return { version, database, summarizer: "offline" };
  }
}
