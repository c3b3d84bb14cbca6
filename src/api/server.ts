/**
 * The HTTP edge: Express 5 with Apollo at /graphql, graphql-ws on the same path, and /healthz.
 * Resolvers stay thin; everything they need arrives through the per-request context.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler } from "express";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
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
  logError: (error: unknown) => void;
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

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const pubSub = createFlarePubSub();
  const schema = await buildFlareSchema(pubSub);
  const app = express();
  const http: Server = createServer(app);
  const metrics = createMetrics();
  const context = async (): Promise<ApiContext> => ({ prisma: options.prisma, loaders: createLoaders(options.prisma), metrics, pubSub });
  const wsCleanup = useServer({ schema, context }, new WebSocketServer({ server: http, path: "/graphql" }));
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError: (formatted, error) => formatError(formatted, error, options.logError),
    validationRules: [depthLimitRule],
    plugins: [
      complexityLimitPlugin(schema),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      ApolloServerPluginLandingPageDisabled(),
      metricsPlugin(metrics),
      { serverWillStart: async () => ({ drainServer: async () => wsCleanup.dispose() }) },
    ],
  });
  await apollo.start();
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.post("/upload", uploadHandler({ prisma: options.prisma, metrics, pubSub }, options.logError));
  serveGraphiql(app, { path: "/graphql" });
  app.use("/graphql", express.json({ limit: BODY_LIMIT_BYTES }), bodyTooLarge, expressMiddleware(apollo, { context }));
  await new Promise<void>((resolve) => http.listen(options.port, options.host ?? "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return { url: `http://${options.host ?? "127.0.0.1"}:${port}`, close: () => apollo.stop() };
}
