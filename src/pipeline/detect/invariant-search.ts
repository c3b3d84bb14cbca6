/**
 * Mines invariants of Lou et al. (USENIX ATC 2010) from count rows: sparse integer relations
 * θ·x = 0 that hold in nearly every session ("every block received is also acknowledged"), and
 * "template t never occurs" for rare templates no relation accounts for.
 */
import { Matrix } from "ml-matrix";
import type { DistinctRows } from "./distinct-rows";
import { RelationBasis } from "./relation-basis";
import { forEachSubset, relationCandidates } from "./relation-candidates";

export interface Invariant {
  /** Matrix column indices, ascending. */
  columns: number[];
  /** Integer coefficients aligned with `columns`; a single column with [1] means "stays 0". */
  coefficients: number[];
  /** Share of training sessions that satisfy it. */
  support: number;
}

export interface InvariantSearchOptions {
  minSupport: number;
  zeroSupport: number;
  minTemplateShare: number;
  maxColumns: number;
  maxCombinations: number;
}

/** |θ·x| below this counts as satisfied: relations are between integer counts. */
export const INVARIANT_TOLERANCE = 0.5;

interface Candidate extends Invariant {
  satisfied: Uint8Array;
}

export function mineInvariants(distinct: DistinctRows, countColumns: readonly number[], options: InvariantSearchOptions): Invariant[] {
  const total = distinct.weights.reduce((a, b) => a + b, 0);
  const present = countColumns.map((c) => presentWeight(distinct, c));
  const eligible = countColumns.filter((_, i) => present[i] >= Math.max(options.minTemplateShare * total, 2));
  const candidates = searchRelations(distinct, eligible, options, total);
  const relations = acceptRelations(distinct, candidates);
  const bound = new Set(relations.flatMap((r) => r.columns));
  const zeros = countColumns
    .map((column, i) => ({ columns: [column], coefficients: [1], support: 1 - present[i] / total }))
    .filter((z) => !bound.has(z.columns[0]) && z.support >= options.zeroSupport);
  return [...relations.map(({ columns, coefficients, support }) => ({ columns, coefficients, support })), ...zeros];
}

/**
 * Every combination of 2..maxColumns eligible columns whose best integer relation holds in at
 * least `minSupport` of sessions, smallest combinations first, while the total stays within
 * `maxCombinations` (the 15 eligible templates of the 100k-block HDFS dev sample: 1,925
 * combinations up to 4 columns).
 */
function searchRelations(distinct: DistinctRows, eligible: readonly number[], options: InvariantSearchOptions, total: number): Candidate[] {
  const gram = weightedGram(distinct, eligible);
  const heaviestFirst = Int32Array.from(distinct.weights.keys()).sort((a, b) => distinct.weights[b] - distinct.weights[a] || a - b);
  const candidates: Candidate[] = [];
  let budget = options.maxCombinations;
  for (let size = 2; size <= Math.min(options.maxColumns, eligible.length); size++) {
    budget -= binomial(eligible.length, size);
    if (budget < 0) {
      break;
    }
    forEachSubset(eligible.length, size, (picked) => {
      const subGram = new Matrix(picked.map((a) => picked.map((b) => gram[a * eligible.length + b])));
      const columns = picked.map((p) => eligible[p]);
      const candidate = bestRelation(distinct, heaviestFirst, relationCandidates(distinct, heaviestFirst, subGram, columns), columns, options.minSupport * total);
      if (candidate && holdsWhereActive(distinct, candidate)) {
        candidates.push({ ...candidate, support: candidate.support / total });
      }
    });
  }
  return candidates.sort((a, b) => a.columns.length - b.columns.length || b.support - a.support);
}

/** The candidate satisfied by the most sessions (support as a weight here), if any reaches `minWeight`. */
function bestRelation(distinct: DistinctRows, heaviestFirst: Int32Array, coefficientSets: number[][], columns: number[], minWeight: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const coefficients of coefficientSets) {
    const satisfied = satisfiedRows(distinct, heaviestFirst, columns, coefficients, Math.max(minWeight, best?.support ?? 0));
    const support = satisfied ? weightOf(distinct, satisfied) : 0;
    if (satisfied && (!best || support > best.support)) {
      best = { columns, coefficients, support, satisfied };
    }
  }
  return best;
}

/**
 * At least half the sessions that use each of the relation's templates satisfy it. Without this,
 * a relation among templates that are almost always 0 "holds" only because they are absent.
 */
function holdsWhereActive(distinct: DistinctRows, candidate: Candidate): boolean {
  return candidate.columns.every((column) => {
    let active = 0;
    let kept = 0;
    for (let d = 0; d < distinct.count; d++) {
      if (distinct.values[d * distinct.cols + column] !== 0) {
        active += distinct.weights[d];
        kept += candidate.satisfied[d] ? distinct.weights[d] : 0;
      }
    }
    return kept >= 0.5 * active;
  });
}

/**
 * Greedy, in candidate order: a relation is kept when it is independent of those kept so far
 * and does not wipe out (below half) the sessions that still satisfy every kept relation while
 * using one of its templates. That second test is what keeps a rare-but-normal workflow
 * (HDFS re-replication, 0.4% of normal blocks) normal: `E5 = E26` holds in 98% of dev sessions
 * but, next to the kept `E5 = E6 + E11`, it would forbid every E6 line.
 */
function acceptRelations(distinct: DistinctRows, candidates: readonly Candidate[]): Candidate[] {
  const basis = new RelationBasis();
  const accepted: Candidate[] = [];
  let consistent = new Uint8Array(distinct.count).fill(1);
  const bound = new Set<number>();
  for (const candidate of candidates) {
    if (!basis.isIndependent(candidate.columns, candidate.coefficients)) {
      continue;
    }
    const next = consistent.map((c, d) => c & candidate.satisfied[d]);
    const touched = new Set([...bound, ...candidate.columns]);
    const keeps = [...touched].every((column) => {
      const after = activeWeight(distinct, column, next);
      return after > 0 && after >= 0.5 * activeWeight(distinct, column, consistent);
    });
    if (keeps) {
      basis.add(candidate.columns, candidate.coefficients);
      accepted.push(candidate);
      consistent = next;
      candidate.columns.forEach((c) => bound.add(c));
    }
  }
  return accepted;
}

/**
 * Which distinct rows satisfy θ·x = 0, or undefined as soon as the rows that fail weigh so much
 * that the satisfied weight cannot reach `minWeight`: heaviest rows first, most wrong
 * candidates are dropped after a few rows.
 */
function satisfiedRows(distinct: DistinctRows, heaviestFirst: Int32Array, columns: readonly number[], coefficients: readonly number[], minWeight: number): Uint8Array | undefined {
  const satisfied = new Uint8Array(distinct.count);
  let reachable = distinct.weights.reduce((a, b) => a + b, 0);
  for (const d of heaviestFirst) {
    const offset = d * distinct.cols;
    let residual = 0;
    for (let i = 0; i < columns.length; i++) {
      residual += coefficients[i] * distinct.values[offset + columns[i]];
    }
    if (Math.abs(residual) < INVARIANT_TOLERANCE) {
      satisfied[d] = 1;
    } else if ((reachable -= distinct.weights[d]) < minWeight) {
      return undefined;
    }
  }
  return satisfied;
}

/** Σ w·xxᵀ over the eligible columns (eligible × eligible, row-major). */
function weightedGram(distinct: DistinctRows, eligible: readonly number[]): Float64Array {
  const size = eligible.length;
  const gram = new Float64Array(size * size);
  for (let d = 0, offset = 0; d < distinct.count; d++, offset += distinct.cols) {
    for (let i = 0; i < size; i++) {
      const xi = distinct.weights[d] * distinct.values[offset + eligible[i]];
      for (let j = 0; xi !== 0 && j < size; j++) {
        gram[i * size + j] += xi * distinct.values[offset + eligible[j]];
      }
    }
  }
  return gram;
}

function presentWeight(distinct: DistinctRows, column: number): number {
  return activeWeight(distinct, column, new Uint8Array(distinct.count).fill(1));
}

function activeWeight(distinct: DistinctRows, column: number, mask: Uint8Array): number {
  let weight = 0;
  for (let d = 0; d < distinct.count; d++) {
    weight += mask[d] && distinct.values[d * distinct.cols + column] !== 0 ? distinct.weights[d] : 0;
  }
  return weight;
}

function weightOf(distinct: DistinctRows, mask: Uint8Array): number {
  return distinct.weights.reduce((sum, w, d) => sum + (mask[d] ? w : 0), 0);
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 0; i < k; i++) {
    result = (result * (n - i)) / (i + 1);
  }
  return Math.round(result);
}
