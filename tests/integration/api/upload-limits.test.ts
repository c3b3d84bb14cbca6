/**
 * POST /upload and analyzeLogs under attack, over real HTTP against real Postgres: a gzip bomb,
 * inputs with nothing to analyze, multipart envelopes, a client that hangs up mid-body, and the
 * temporary files a killed server leaves behind.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- responses are untyped JSON here */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { createGzip } from "node:zlib";
import pino from "pino";
import { startServer, type RunningServer } from "../../../src/api/server";
import { openTestDatabase, type TestDatabase } from "../../support/test-database";

let db: TestDatabase;
let server: RunningServer;
// The server's own temp dir: jest's sandboxed process.env does not reach os.tmpdir().
const uploadRoot = tmpdir();

/** 200 MiB of zeros as one gzip stream of ~200 KB, made without holding the 200 MiB. */
function gzipBomb(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gzip = createGzip();
    const parts: Buffer[] = [];
    gzip.on("data", (part: Buffer) => parts.push(part));
    gzip.on("end", () => resolve(Buffer.concat(parts)));
    gzip.on("error", reject);
    const zeros = Buffer.alloc(2 ** 20);
    for (let i = 0; i < 200; i++) {
      gzip.write(zeros);
    }
    gzip.end();
  });
}

/** This process's uploads only: other suites' servers may be uploading at the same time. */
const uploadDirs = () => readdirSync(uploadRoot).filter((name) => name.startsWith(`flare-upload-${process.pid}-`));

async function upload(body: Buffer | string, headers: Record<string, string> = {}): Promise<{ status: number; error: any }> {
  const response = await fetch(`${server.url}/upload?source=attack`, { method: "POST", body, headers });
  return { status: response.status, error: ((await response.json()) as any).error };
}

beforeAll(async () => {
  db = await openTestDatabase("upload_limits");
});

afterAll(async () => {
  await server?.close();
  await db.drop();
});

describe("start-up", () => {
  it("removes the upload dirs of servers that are gone, and keeps those of running ones", async () => {
    const exited = spawnSync(process.execPath, ["-e", ""]).pid;
    const ofGone = path.join(uploadRoot, `flare-upload-${exited}-abc123`);
    const unnamedOld = mkdtempSync(path.join(uploadRoot, "flare-upload-"));
    const ofRunning = path.join(uploadRoot, `flare-upload-${process.ppid}-def456`);
    mkdirSync(ofGone);
    mkdirSync(ofRunning);
    for (const dir of [ofGone, unnamedOld, ofRunning]) {
      writeFileSync(path.join(dir, "upload.log"), "x".repeat(1000));
    }
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(unnamedOld, anHourAgo, anHourAgo);

    server = await startServer({ port: 0, prisma: db.prisma, logger: pino({ level: "silent" }) });

    expect([existsSync(ofGone), existsSync(unnamedOld), existsSync(ofRunning)]).toEqual([false, false, true]);
    rmSync(ofRunning, { recursive: true });
  });
});

describe("POST /upload", () => {
  it("refuses a gzip bomb with 413 without inflating it, and stays up", async () => {
    const bomb = await gzipBomb();
    const heapBefore = process.memoryUsage().heapUsed;
    const { status, error } = await upload(bomb);
    expect(status).toBe(413);
    expect(error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: expect.stringMatching(/^the upload inflates more than 100 times its compressed size/) });
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 2 ** 20);
    expect(await db.prisma.logBatch.count()).toBe(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it.each([
    ["whitespace only", " \n\t\n   \n"],
    ["one overlong line", "y".repeat(10 * 2 ** 20)],
    ["binary data", Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 7))],
  ])("refuses %s as BAD_USER_INPUT and stores nothing", async (_what, body) => {
    const { status, error } = await upload(body);
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/^nothing to analyze/) });
    expect(await db.prisma.logBatch.count()).toBe(0);
  });

  it("refuses a multipart/form-data envelope, saying to send the raw file", async () => {
    const form = new FormData();
    form.append("file", new Blob(["081109 203615 148 INFO dfs.DataNode: a line\n"]), "app.log");
    const response = await fetch(`${server.url}/upload`, { method: "POST", body: form });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as any;
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/raw log file as the request body.*--data-binary/) });
    expect(await db.prisma.logBatch.count()).toBe(0);
  });

  it("leaves no temporary file behind when the client hangs up mid-upload", async () => {
    // Earlier answers go out before their dirs are removed.
    await waitFor(() => uploadDirs().length === 0);
    const { port } = new URL(server.url);
    const sending = request({ port, path: "/upload", method: "POST", headers: { "content-length": String(64 * 2 ** 20) } });
    sending.on("error", () => undefined);
    sending.write("081109 203615 148 INFO dfs.DataNode: a line\n".repeat(20_000));
    await waitFor(() => uploadDirs().length === 1);
    sending.destroy();
    await waitFor(() => uploadDirs().length === 0);
    expect(uploadDirs()).toEqual([]);
  });
});

describe("analyzeLogs", () => {
  it.each([
    ["one overlong line", "z".repeat(100_000)],
    ["binary data", "\u0000\u0001\u0002\u0003\u0004\u0005\u0006".repeat(100)],
  ])("refuses %s as BAD_USER_INPUT and stores nothing", async (_what, text) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation($text: String!) { analyzeLogs(input: { text: $text }) { id } }`, variables: { text } }),
    });
    const { errors } = (await response.json()) as any;
    expect(errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/^nothing to analyze/) });
    expect(await db.prisma.logBatch.count()).toBe(0);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
