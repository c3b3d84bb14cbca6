/** The versioned JSON form of a miner, and its validation. */
import { z } from "zod";
import { DrainConfig, drainConfigSchema } from "./drain-config";

/** One cluster as saved; merged clusters are kept so that their ids keep resolving. */
export interface ClusterSnapshot {
  id: number;
  /** Template words; `<*>` marks a parameter. */
  tokens: string[];
  size: number;
  /** Branch keys the cluster was filed under when created; replayed to rebuild the same tree. */
  route: string[];
  /** The older cluster this one was merged into, if any. */
  mergedInto?: number;
}

/** A miner as JSON: what Drain.toJSON() returns and Drain.fromJSON() restores exactly. */
export interface DrainSnapshotV1 {
  version: 1;
  kind: "drain";
  config: DrainConfig;
  /** Every cluster ever created, in id order (id = index + 1). */
  clusters: ClusterSnapshot[];
  /** Fast-path entries oldest first, `[masked line, cluster id]`, so eviction continues identically. */
  fastPath: [string, number][];
}

const clusterSnapshotSchema: z.ZodType<ClusterSnapshot> = z
  .object({
    id: z.number().int().positive(),
    tokens: z.array(z.string()),
    size: z.number().int().nonnegative(),
    route: z.array(z.string()),
    mergedInto: z.number().int().positive().optional(),
  })
  .strict();

const snapshotSchema: z.ZodType<DrainSnapshotV1> = z
  .object({
    version: z.literal(1),
    kind: z.literal("drain"),
    config: drainConfigSchema,
    clusters: z.array(clusterSnapshotSchema),
    fastPath: z.array(z.tuple([z.string(), z.number().int().positive()])),
  })
  .strict();

function fail(reason: string): never {
  throw new RangeError(`invalid drain snapshot: ${reason}`);
}

/** Ids are 1..n in order, merges point at older clusters (so never in a cycle), routes fit the tree depth. */
function checkConsistency(snapshot: DrainSnapshotV1): void {
  const count = snapshot.clusters.length;
  const routed = snapshot.config.depth - 2;
  snapshot.clusters.forEach((c, i) => {
    if (c.id !== i + 1) {
      fail(`cluster at index ${i} has id ${c.id}, expected ${i + 1}`);
    }
    if (c.mergedInto !== undefined && c.mergedInto >= c.id) {
      fail(`cluster ${c.id} is merged into cluster ${c.mergedInto}, expected an older one`);
    }
    if (c.route.length !== Math.min(routed, c.tokens.length)) {
      fail(`cluster ${c.id} has a route of ${c.route.length} branches, expected ${Math.min(routed, c.tokens.length)}`);
    }
  });
  for (const [, id] of snapshot.fastPath) {
    if (id > count) {
      fail(`fast path points at unknown cluster ${id}`);
    }
  }
}

/** Parses untrusted input into a snapshot, or throws RangeError('invalid drain snapshot: …'). */
export function readSnapshot(input: unknown): DrainSnapshotV1 {
  const parsed = snapshotSchema.safeParse(input);
  if (!parsed.success) {
    fail(z.prettifyError(parsed.error).replace(/\n/g, "; "));
  }
  checkConsistency(parsed.data);
  return parsed.data;
}
