/**
 * A GraphQL client in a process of its own, as a user's would be: the API bench times the
 * server, not the garbage collector of the bench process that has just written 100,000
 * incidents. `node graphql-client.js '<LatencyRequest as JSON>'` prints the latencies in ms.
 */
import { readFileSync } from "node:fs";

export interface LatencyRequest {
  endpoint: string;
  query: string;
  /** Requests timed after the warm-up ones. */
  runs: number;
  /** Untimed requests first, for the JIT and the server's connection pool. */
  warmup: number;
  /** Sent as variable `t`, with the request's number appended so each one is new content. */
  textFile?: string;
}

async function post(endpoint: string, body: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body });
  const result = (await response.json()) as { errors?: unknown[] };
  if (result.errors) {
    throw new Error(JSON.stringify(result.errors));
  }
  return performance.now() - started;
}

export async function timeRequests(request: LatencyRequest): Promise<number[]> {
  const text = request.textFile ? readFileSync(request.textFile, "utf8") : undefined;
  const latencies: number[] = [];
  for (let i = 0; i < request.warmup + request.runs; i++) {
    const variables = text === undefined ? {} : { t: `${text}# bench request ${i}\n` };
    const ms = await post(request.endpoint, JSON.stringify({ query: request.query, variables }));
    if (i >= request.warmup) {
      latencies.push(ms);
    }
  }
  return latencies;
}

if (require.main === module) {
  timeRequests(JSON.parse(process.argv[2]) as LatencyRequest).then(
    (latencies) => process.stdout.write(JSON.stringify(latencies)),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
