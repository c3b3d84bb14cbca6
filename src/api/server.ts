/**
 * The HTTP edge: Express 5 with Apollo at /graphql, graphql-ws on the same path, and /healthz.
 * Resolvers stay thin; everything they need arrives through the per-request context.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { WebSocketServer } from "ws";
import { createLlmStatusProbe, type LlmStatusProbe } from "../llm/provider-status";
import type { StoreClient } from "../store";
import { buildFlareSchema } from "./build-schema";
import type { ApiContext } from "./context.type";
import { formatError, formatExecutionResult } from "./errors";
import { bodyErrorHandler } from "./http-errors";
import { serveGraphiql } from "./graphiql";
import { createLoaders } from "./loaders";
import { createMetrics, metricsPlugin } from "./metrics";
import { createFlarePubSub } from "./pubsub";
import { MAX_QUERY_TOKENS } from "./query-limit-values";
import { documentShapeRule, queryLimitsPlugin } from "./query-limits";
import { subscribeWithinLimits } from "./subscription-limits";
import { uploadHandler } from "./upload.route";
import { sweepStaleUploadDirs } from "./upload-temp-dir";
import { MAX_INLINE_LOG_BYTES } from "./inputs/analyze-logs.input";

export interface ServerOptions {
  port: number;
  host?: string;
  prisma: StoreClient;
  /** Request lines at info, unexpected errors (with their stacks, never sent to clients) at error. */
  logger: Logger;
  /** For `health`; the offline summarizer's (always reachable) when not given. */
  llmStatus?: LlmStatusProbe;
}

export interface RunningServer {
  url: string;
  /** Stops accepting, lets open requests finish and closes subscriptions, then stops Apollo. */
  close(): Promise<void>;
}

/** The address could not be taken; `code` is the system's: EADDRINUSE, EACCES, EADDRNOTAVAIL, ENOTFOUND… */
export class ListenError extends Error {
  constructor(
    readonly code: string,
    readonly host: string,
    readonly port: number,
    options: { cause: unknown },
  ) {
    super(`cannot listen on ${host}:${port} (${code})`, options);
    this.name = "ListenError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Listen errors arrive as the server's 'error' event, not as a callback error. */
function listen(http: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => reject(new ListenError(error.code ?? "UNKNOWN", host, port, { cause: error }));
    http.once("error", failed);
    http.listen(port, host, () => {
      http.off("error", failed);
      resolve();
    });
  });
}

/**
 * graphql-ws on /graphql. The WebSocketServer gets upgrades handed to it instead of the HTTP
 * server itself: given the server, it re-emits the server's errors (a port in use) as its own,
 * which graphql-ws only prints, and the listen then never completes.
 */
function serveSubscriptions(http: Server, schema: GraphQLSchema, context: () => Promise<ApiContext>, logError: (error: unknown) => void): ReturnType<typeof useServer> {
  const sockets = new WebSocketServer({ noServer: true, path: "/graphql" });
  http.on("upgrade", (request, socket, head) => {
    // Answers 400 itself when the path is not /graphql.
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit("connection", ws, request));
  });
  // graphql-ws would send resolver errors' raw messages: they get formatError, like HTTP answers.
  return useServer(
    {
      schema,
      context,
      onSubscribe: subscribeWithinLimits(schema),
      onNext: (_ctx, _id, _payload, _args, result) => formatExecutionResult(result, logError),
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error, logError)),
    },
    sockets,
  );
}

/** JSON bodies a little over the inline log limit, so the resolver can answer with PAYLOAD_TOO_LARGE. */
const BODY_LIMIT_BYTES = MAX_INLINE_LOG_BYTES + 2 ** 20;

/** A URL with every query value replaced (`/graphql?token=…` carries credentials as often as headers do). */
export function withoutQueryValues(url: string): string {
  return url.replace(/([?&][^=&#]*)=[^&#]*/g, "$1=REDACTED");
}

/** One line per request, without headers or query values (they may carry credentials); probes are not logged. */
function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/metrics" },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: withoutQueryValues(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logError = (error: unknown) => options.logger.error({ err: error }, "request failed");
  const pubSub = createFlarePubSub();
  const schema = await buildFlareSchema(pubSub);
  const app = express();
  const http: Server = createServer(app);
  // Node's one requestTimeout (300 s) would cut a 2 GiB upload short below ~7 MB/s; 2 h fits it
  // at ~300 KB/s. Stalled bodies are closed sooner by /upload's idle timeout, slow headers here.
  http.requestTimeout = 2 * 60 * 60 * 1000;
  http.headersTimeout = 60_000;
  const metrics = createMetrics();
  const llmStatus = options.llmStatus ?? createLlmStatusProbe({ provider: "offline" });
  const context = async (): Promise<ApiContext> => ({ prisma: options.prisma, loaders: createLoaders(options.prisma), metrics, pubSub, llmStatus, logger: options.logger });
  const wsCleanup = serveSubscriptions(http, schema, context, logError);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError: (formatted, error) => formatError(formatted, error, logError),
    // `flare serve` owns SIGINT and SIGTERM: Apollo's own handler would exit before the database
    // is closed. (Apollo skips that handler when NODE_ENV=test, so only a real process shows it.)
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    validationRules: [documentShapeRule],
    plugins: [
      queryLimitsPlugin(schema),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      ApolloServerPluginLandingPageDisabled(),
      // Flare sets no cache hints; the plugin would otherwise wrap every field resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      metricsPlugin(metrics),
      { serverWillStart: async () => ({ drainServer: async () => wsCleanup.dispose() }) },
    ],
  });
  const swept = await sweepStaleUploadDirs();
  if (swept > 0) {
    options.logger.info({ swept }, "removed temporary uploads left by stopped servers");
  }
  await apollo.start();
  app.use(requestLog(options.logger));
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.post("/upload", uploadHandler({ prisma: options.prisma, metrics, pubSub, logger: options.logger }));
  serveGraphiql(app, { path: "/graphql" });
  app.use("/graphql", express.json({ limit: BODY_LIMIT_BYTES }), bodyErrorHandler(BODY_LIMIT_BYTES, logError), expressMiddleware(apollo, { context }));
  const host = options.host ?? "127.0.0.1";
  try {
    await listen(http, options.port, host);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const { port } = http.address() as AddressInfo;
  return { url: `http://${host}:${port}`, close: () => apollo.stop() };
}
