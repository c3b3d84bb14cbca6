import pino from "pino";
import { ListenError, startServer, type RunningServer, type ServerOptions } from "../../api/server";
import type { FlareConfig } from "../../config/config";
import { createLlmStatusProbe } from "../../llm/provider-status";
import { disconnectDatabase } from "../../store/database";
import { UsageError } from "../cli-error";
import { cliDatabaseConfig } from "../cli-settings";
import { connectCliDatabase } from "../database-connection";
import { listenForTermination } from "../termination-signal";

interface ServeFlags {
  port: string;
  host: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port takes a number from 0 to 65535, got "${value}"`);
  }
  return port;
}

/** The address the user asked for cannot be had: say which option to change. */
function listenFailure(error: ListenError): UsageError | undefined {
  switch (error.code) {
    case "EADDRINUSE":
      return new UsageError(`port ${error.port} is in use; pass --port`);
    case "EACCES":
      return new UsageError(`port ${error.port} needs privileges this user does not have; pass --port 1024 or above`);
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new UsageError(`--host ${error.host} is not an address of this machine; pass --host 127.0.0.1, 0.0.0.0 or one of its addresses`);
    default:
      return undefined;
  }
}

async function listen(options: ServerOptions): Promise<RunningServer> {
  try {
    return await startServer(options);
  } catch (error) {
    throw (error instanceof ListenError && listenFailure(error)) || error;
  }
}

/** Serves until SIGINT or SIGTERM, then drains requests and subscriptions and closes the database. */
export async function runServe(config: FlareConfig, flags: ServeFlags): Promise<void> {
  const port = parsePort(flags.port);
  const databaseConfig = cliDatabaseConfig();
  // From the start: a signal during start-up still gets the orderly shutdown once serving.
  const termination = listenForTermination();
  const logger = pino({ name: "flare", level: config.logLevel }, pino.destination(2));
  try {
    const database = await connectCliDatabase(databaseConfig);
    const server = await listen({ port, host: flags.host, prisma: database.prisma, logger, llmStatus: createLlmStatusProbe(config.llm) });
    logger.info({ url: `${server.url}/graphql`, migrationsApplied: database.applied, embedded: !databaseConfig.databaseUrl }, "flare is serving");
    const signal = await termination.received;
    logger.info({ signal }, "shutting down");
    await server.close();
  } finally {
    termination.dispose();
    await disconnectDatabase();
  }
  logger.info("stopped");
}
