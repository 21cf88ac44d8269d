/**
 * Drawing a mock exam: how many tasks a length allows, how many each domain gets by the
 * curriculum's weights, and which tasks, all decided by a seed. Pure: the pool and the seed
 * come in, ids in exam order go out.
 */
import { seedRng, shuffle, type Rng } from './rng.js';

/** A task the exam may draw: a drill's id, its domain and the points it is worth. */
export interface ExamCandidate {
  readonly id: string;
  readonly domain: string;
  readonly weight: number;
}

/** Share of the exam per domain, in percent. */
export type DomainWeights = Readonly<Record<string, number>>;

/** The CKA curriculum (v1.32): Troubleshooting 30, Architecture 25, Networking 20, Workloads 15, Storage 10. */
export const CKA_DOMAIN_WEIGHTS: DomainWeights = {
  troubleshooting: 30, architecture: 25, networking: 20, workloads: 15, storage: 10,
};

/** The real exam: two hours, and about seventeen tasks in them. */
export const FULL_EXAM_MINUTES = 120;
export const FULL_EXAM_TASKS = 17;
/** The most tasks an exam has (the real one has 15 to 20). */
export const MAX_EXAM_TASKS = 20;

/** Tasks for an exam of `minutes`: the full exam's pace (17 in 120 minutes), 1 to 20. */
export function examSize(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError(`examSize: minutes must be positive, got ${minutes}`);
  return Math.min(MAX_EXAM_TASKS, Math.max(1, Math.round((FULL_EXAM_TASKS * minutes) / FULL_EXAM_MINUTES)));
}

/** Orders domains by weight (heaviest first), then by name, so every tie breaks the same way. */
const byWeight = (weights: DomainWeights) => (a: string, b: string) => (weights[b] ?? 0) - (weights[a] ?? 0) || (a < b ? -1 : a > b ? 1 : 0);

/** Largest remainder: `seats` shared by weight; leftover seats go to the largest fractions. */
function largestRemainder(seats: number, domains: readonly string[], weights: DomainWeights): Record<string, number> {
  const sum = domains.reduce((s, d) => s + weights[d], 0);
  const quota = domains.map((d) => ({ d, q: (seats * weights[d]) / sum }));
  const out: Record<string, number> = Object.fromEntries(quota.map(({ d, q }) => [d, Math.floor(q)]));
  let left = seats - Object.values(out).reduce((s, n) => s + n, 0);
  const order = [...quota].sort((a, b) => (b.q - Math.floor(b.q)) - (a.q - Math.floor(a.q)) || byWeight(weights)(a.d, b.d));
  for (const { d } of order) {
    if (left <= 0) break;
    out[d]++;
    left--;
  }
  return out;
}

/**
 * Tasks per domain for an exam of `size`: shared by weight; a domain with fewer tasks than its
 * share gives all it has, and the rest is shared again among the others by their weights.
 * Domains without a weight are never drawn. The sum is less than `size` only when the pool is.
 */
export function allotTasks(size: number, weights: DomainWeights, available: Readonly<Record<string, number>>): Record<string, number> {
  const domains = Object.keys(weights).filter((d) => weights[d] > 0 && (available[d] ?? 0) > 0).sort(byWeight(weights));
  const fixed: Record<string, number> = {};
  for (;;) {
    const open = domains.filter((d) => !(d in fixed));
    const left = size - Object.values(fixed).reduce((s, n) => s + n, 0);
    const share = open.length > 0 && left > 0 ? largestRemainder(left, open, weights) : {};
    const short = open.filter((d) => share[d] > available[d]);
    if (short.length === 0) return Object.fromEntries(domains.map((d) => [d, fixed[d] ?? share[d] ?? 0]));
    for (const d of short) fixed[d] = available[d];
  }
}

/** What `drawExam` needs besides the pool. */
export interface DrawOptions {
  readonly size: number;
  readonly seed: number;
  readonly weights?: DomainWeights;
}

/**
 * The tasks of one exam, in the order they are presented: each domain's share drawn from its
 * pool by the seed, then all of them shuffled together, as the real exam mixes its domains.
 * The same pool (in any order) and seed always give the same exam.
 */
export function drawExam(pool: readonly ExamCandidate[], options: DrawOptions): string[] {
  const weights = options.weights ?? CKA_DOMAIN_WEIGHTS;
  const ids = [...new Set(pool.map((c) => c.id))].sort();
  const byId = new Map(pool.map((c) => [c.id, c]));
  const available: Record<string, number> = {};
  for (const id of ids) {
    const d = byId.get(id)!.domain;
    available[d] = (available[d] ?? 0) + 1;
  }
  const allot = allotTasks(options.size, weights, available);
  let rng: Rng = seedRng(options.seed);
  const picked: string[] = [];
  for (const domain of Object.keys(allot).sort()) {
    let drawn: string[];
    [drawn, rng] = shuffle(ids.filter((id) => byId.get(id)!.domain === domain), rng);
    picked.push(...drawn.slice(0, allot[domain]));
  }
  return shuffle(picked, rng)[0];
}
