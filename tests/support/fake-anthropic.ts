/**
 * A local stand-in for the Anthropic API over real HTTP, so tests exercise the real SDK (its
 * requests, headers, retries and error classes) instead of a mocked module.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

export type FakeHandler = (request: RecordedRequest, res: ServerResponse) => void;

export interface FakeAnthropic {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk));
    req.on("end", () => resolve(body));
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** An Anthropic-shaped error body, as the SDK expects to parse it. */
export function sendApiError(res: ServerResponse, status: number, type: string, message: string): void {
  sendJson(res, status, { type: "error", error: { type, message } });
}

export async function startFakeAnthropic(handle: FakeHandler): Promise<FakeAnthropic> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const request = { method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization, body: await readBody(req) };
    requests.push(request);
    handle(request, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
