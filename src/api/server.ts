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
import express, { type ErrorRequestHandler } from "express";
import { useServer } from "graphql-ws/use/ws";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { WebSocketServer } from "ws";
import { createLlmStatusProbe, type LlmStatusProbe } from "../llm/provider-status";
import type { StoreClient } from "../store";
import { buildFlareSchema } from "./build-schema";
import type { ApiContext } from "./context.type";
import { ErrorCode, formatError } from "./errors";
import { serveGraphiql } from "./graphiql";
import { createLoaders } from "./loaders";
import { createMetrics, metricsPlugin } from "./metrics";
import { createFlarePubSub } from "./pubsub";
import { complexityLimitPlugin, depthLimitRule } from "./query-limits";
import { uploadHandler } from "./upload.route";
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
  close(): Promise<void>;
}

/** JSON bodies a little over the inline log limit, so the resolver can answer with PAYLOAD_TOO_LARGE. */
const BODY_LIMIT_BYTES = MAX_INLINE_LOG_BYTES + 2 ** 20;

const bodyTooLarge: ErrorRequestHandler = (error, _req, res, next) => {
  if ((error as { type?: string }).type !== "entity.too.large") {
    next(error);
    return;
  }
  res.status(413).json({
    errors: [{ message: `request body over ${BODY_LIMIT_BYTES} bytes; send large logs to POST /upload`, extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }],
  });
};

/** One line per request, without headers (they may carry credentials); probes are not logged. */
function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/metrics" },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
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
  const metrics = createMetrics();
  const llmStatus = options.llmStatus ?? createLlmStatusProbe({ provider: "offline" });
  const context = async (): Promise<ApiContext> => ({ prisma: options.prisma, loaders: createLoaders(options.prisma), metrics, pubSub, llmStatus });
  const wsCleanup = useServer({ schema, context }, new WebSocketServer({ server: http, path: "/graphql" }));
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError: (formatted, error) => formatError(formatted, error, logError),
    validationRules: [depthLimitRule],
    plugins: [
      complexityLimitPlugin(schema),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      ApolloServerPluginLandingPageDisabled(),
      // Flare sets no cache hints; the plugin would otherwise wrap every field resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      metricsPlugin(metrics),
      { serverWillStart: async () => ({ drainServer: async () => wsCleanup.dispose() }) },
    ],
  });
  await apollo.start();
  app.use(requestLog(options.logger));
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.post("/upload", uploadHandler({ prisma: options.prisma, metrics, pubSub }, logError));
  serveGraphiql(app, { path: "/graphql" });
  app.use("/graphql", express.json({ limit: BODY_LIMIT_BYTES }), bodyTooLarge, expressMiddleware(apollo, { context }));
  await new Promise<void>((resolve) => http.listen(options.port, options.host ?? "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return { url: `http://${options.host ?? "127.0.0.1"}:${port}`, close: () => apollo.stop() };
}
