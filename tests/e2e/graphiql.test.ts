/**
 * The offline GraphQL IDE in a real browser: Debian's chromium, driven by playwright-core, opens
 * GET /graphql of a running `flare serve`, runs a query with the execute button and must never
 * leave 127.0.0.1. How the IDE's route hands API requests on is checked on a small stand-in.
 * `npm test` builds client/dist and the CLI first (build → build:client).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import express from "express";
import { buildSchema, graphql } from "graphql";
import { chromium } from "playwright-core";
import { serveGraphiql } from "../../src/api/graphiql";
import { startFlareServe, type FlareServeProcess } from "../support/flare-serve";
import { dropTestSchema, testSchemaUrl } from "../support/test-database";

// The flags the machine notes require: without the background-networking ones chromium keeps
// dialling Google's hosts, which this machine's closed network refuses.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const SCREENSHOT = path.join(os.tmpdir(), "flare-e2e", "graphiql.png");
const HEALTH = "healthy-e2e";

/** A stand-in for the API behind the IDE's route: one field, answered by graphql-js over POST. */
function startServer(distDir?: string): Promise<{ server: Server; origin: string }> {
  const app = express();
  serveGraphiql(app, { path: "/graphql", distDir });
  const schema = buildSchema("type Query { health: String }");
  app.post("/graphql", express.json(), async (req, res) => {
    const { query, variables, operationName } = req.body as { query: string; variables?: Record<string, unknown>; operationName?: string };
    res.json(await graphql({ schema, source: query, variableValues: variables, operationName, rootValue: { health: HEALTH } }));
  });
  app.get("/graphql", (_req, res) => {
    res.json({ reachedNextHandler: true });
  });
  return new Promise((resolve) => {
    const server = app.listen(0, "127.0.0.1", () => {
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    });
  });
}

function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

describe("GraphiQL at GET /graphql", () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    ({ server, origin } = await startServer());
  });
  afterAll(() => stopServer(server));

  it("serves the IDE to browsers and passes API requests on", async () => {
    const page = await fetch(`${origin}/graphql`, { headers: { accept: "text/html,*/*;q=0.8" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<base href="/graphiql/">');

    for (const accept of ["application/json", "*/*"]) {
      const api = await fetch(`${origin}/graphql`, { headers: { accept } });
      expect(await api.json()).toEqual({ reachedNextHandler: true });
    }
  });

  it("answers 503 with the build command when client/dist is missing", async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), "flare-no-client-"));
    const bare = await startServer(empty);
    try {
      const res = await fetch(`${bare.origin}/graphql`, { headers: { accept: "text/html" } });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("run npm run build:client");
    } finally {
      await stopServer(bare.server);
      rmSync(empty, { recursive: true, force: true });
    }
  });

});

/** `.../assets/json.worker-BAR7yJ6b.js` → `json.worker`: the bundler's hash is not the point. */
function workerName(url: string): string {
  return path.basename(new URL(url).pathname).replace(/(\.worker)-.*\.js$/, "$1");
}

describe("GraphiQL of flare serve in chromium", () => {
  const database = testSchemaUrl("e2e");
  let flare: FlareServeProcess;

  beforeAll(async () => {
    flare = await startFlareServe({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await flare?.stop();
    await dropTestSchema(database.url);
  });

  it("runs a query from the execute button with no request leaving 127.0.0.1", async () => {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), "flare-chromium-"));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    const requested: string[] = [];
    const nonLocal: string[] = [];
    const failed: string[] = [];
    const pageErrors: string[] = [];
    // Context-level events also see the requests made by the editor's web workers.
    context.on("request", (request) => {
      requested.push(request.url());
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.hostname !== "127.0.0.1") {
        nonLocal.push(request.url());
      }
    });
    context.on("requestfailed", (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    context.on("response", (response) => {
      if (response.status() >= 400) {
        failed.push(`${response.url()} ${response.status()}`);
      }
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(15_000);
      page.on("pageerror", (error) => pageErrors.push(error.message));

      await page.goto(`${flare.origin}/graphql`);
      const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
      await editor.click();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.press("Delete");
      await page.keyboard.type("{ health { database llm { provider } } }");
      await page.locator("button.graphiql-execute-button").click();
      await page.locator(".graphiql-response").getByText('"provider": "offline"').waitFor();
      await page.locator(".graphiql-response").getByText('"database": "ok"').waitFor();

      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      // The editor's workers were fetched and seen, so the watch covers them too. Monaco may start
      // a worker more than once (one per model), so the check is on which workers, not how often.
      const workers = new Set(requested.filter((url) => url.includes(".worker-")).map(workerName));
      expect([...workers].sort()).toEqual(["editor.worker", "graphql.worker", "json.worker"]);
      expect(nonLocal).toEqual([]);
      expect(failed).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
