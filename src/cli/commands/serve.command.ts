import { once } from "node:events";
import type { Command } from "commander";
import pino from "pino";
import { startServer } from "../../api/server";
import type { FlareConfig } from "../../config/config";
import { createLlmStatusProbe } from "../../llm/provider-status";
import { connectDatabase, disconnectDatabase } from "../../store";
import { UsageError } from "../cli-error";

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port takes a number from 0 to 65535, got "${value}"`);
  }
  return port;
}

/** Serves until SIGINT or SIGTERM, then drains requests and closes the database cleanly. */
async function runServe(flags: { port: string; host: string }, config: FlareConfig): Promise<void> {
  const port = parsePort(flags.port);
  const logger = pino({ name: "flare", level: config.logLevel }, pino.destination(2));
  const database = await connectDatabase(config);
  const server = await startServer({ port, host: flags.host, prisma: database.prisma, logger, llmStatus: createLlmStatusProbe(config.llm) });
  logger.info({ url: `${server.url}/graphql`, migrationsApplied: database.applied, embedded: !config.databaseUrl }, "flare is serving");
  await Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")]);
  logger.info("shutting down");
  await server.close();
  await disconnectDatabase();
}

export function registerServeCommand(program: Command, config: FlareConfig): void {
  program
    .command("serve")
    .description("serve the GraphQL API (queries, analyzeLogs, subscriptions) over the incident database")
    .option("--port <port>", "TCP port (0 picks a free one)", "4000")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .action((flags: { port: string; host: string }) => runServe(flags, config));
}
