/**
 * The offline GraphQL IDE (client/, built into client/dist by `npm run build:client`) at the API's
 * own address: a browser asking GET /graphql for HTML gets GraphiQL, and every other request (POST,
 * GET for JSON, WebSocket upgrades) goes on to the GraphQL server mounted after this.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import express, { type IRouter, type Request } from "express";

export interface GraphiqlOptions {
  /** The GraphQL endpoint; the IDE's page is served at the same path. */
  path?: string;
  /** Where the IDE's scripts, styles and workers are served, without a trailing slash. */
  assetsPath?: string;
  /** The Vite output folder; by default client/dist of this repository. */
  distDir?: string;
}

export function serveGraphiql(app: IRouter, options: GraphiqlOptions = {}): void {
  const endpoint = options.path ?? "/graphql";
  const assetsPath = options.assetsPath ?? "/graphiql";
  const distDir = options.distDir ?? findClientDist();

  app.use(assetsPath, express.static(distDir));
  app.get(endpoint, async (req, res, next) => {
    // One URL answers with HTML or JSON depending on Accept, so caches must key on it.
    res.vary("Accept");
    if (!wantsHtml(req)) {
      next();
      return;
    }
    const html = await readIndexHtml(distDir);
    if (html === undefined) {
      res.status(503).type("text/plain").send(`The GraphQL IDE is not built (no ${distDir}/index.html): run npm run build:client\n`);
      return;
    }
    // The bundle's URLs are relative (Vite `base: "./"`); from /graphql they would resolve to /assets/…,
    // so the page is told where its files really are.
    res.type("html").send(html.replace("<head>", `<head><base href="${assetsPath}/">`));
  });
}

/** Browsers navigating to the endpoint; API clients (and `Accept: *\/*` or none) prefer JSON. */
function wantsHtml(req: Request): boolean {
  return req.accepts(["application/graphql-response+json", "application/json", "text/html"]) === "text/html";
}

/** Read on every request (it is under 1 kB) so a rebuild's new asset names are picked up without a restart. */
async function readIndexHtml(distDir: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(distDir, "index.html"), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return undefined;
    }
    throw error;
  }
}

/** Walks up because this runs from src/api (jest) and from dist/src/api (built), at different depths. */
function findClientDist(from: string = __dirname): string {
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "client", "index.html"))) {
      return path.join(dir, "client", "dist");
    }
  }
  return path.resolve("client", "dist");
}
