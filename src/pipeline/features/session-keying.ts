/** Chooses how lines are grouped into sessions when the caller asked for `auto`. */
import type { LogRecord } from "../../domain/log-record";
import type { SessionKeying } from "../../domain/session";
import { hasBlockId } from "./block-ids";

export type ResolvedSessionKeying = Exclude<SessionKeying, { kind: "auto" }>;

/**
 * Window length when records carry times: one minute, so an incident is localised to minutes
 * (a choice, not a measurement; `--session window:SECONDS` overrides it).
 */
export const DEFAULT_WINDOW_SECONDS = 60;

/**
 * Share of sampled records that must name a block for auto keying to key by block. A
 * majority, not "any": Hadoop application logs mention an occasional `blk_` id, and keying
 * those by block would leave most of their lines out of every session.
 */
const MAJORITY = 0.5;

/**
 * `auto` → `block` when most sampled records name a `blk_` id, else a 60 s `window`. Under
 * window keying the collector puts records that carry no time into fixed windows of N lines
 * (`SessionCollectorOptions.linesPerWindow`), so an untimed log gets line windows: the domain's
 * `SessionKeying` has no line-count kind to return. Explicit keyings pass through unchanged.
 */
export function resolveSessionKeying(keying: SessionKeying, sample: readonly LogRecord[]): ResolvedSessionKeying {
  if (keying.kind !== "auto") {
    return keying;
  }
  if (sample.length === 0) {
    return { kind: "window", seconds: DEFAULT_WINDOW_SECONDS };
  }
  const withBlock = sample.filter((r) => hasBlockId(r.content)).length;
  if (withBlock / sample.length >= MAJORITY) {
    return { kind: "block" };
  }
  return { kind: "window", seconds: DEFAULT_WINDOW_SECONDS };
}
