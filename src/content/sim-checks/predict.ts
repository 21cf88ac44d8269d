/**
 * Check 2: a predicted STATUS, READY or RESTARTS equals what the simulator shows for the
 * manifest's (first) Pod at `at`, and stays the same for 5 s either side, so a learner is never
 * asked to know the exact second. Predictions of one manifest share one run.
 */
import type { SimState } from '../../sim/index.js';
import type { PredictAsk } from '../types.js';
import type { SimCheckCtx } from './context.js';
import { seconds } from './goal.js';
import type { SimMessageKey } from './messages.js';
import { columnsOf, podOf, watchOf, type Columns, type PodRef } from './run.js';
import { runnable } from './runnable.js';
import type { PredictSite } from './sites.js';

/** How far either side of `at` the answer must hold. */
export const AMBIGUITY_MS = 5000;

const COLUMN: Readonly<Record<PredictAsk, SimMessageKey>> = { status: 'columnStatus', ready: 'columnReady', restarts: 'columnRestarts' };

const valueOf = (cols: Columns, ask: PredictAsk): string => String(cols[ask]);

/** The asked column's distinct values in [at - 5 s, at + 5 s], with when each began. */
function valuesAround(state: SimState, ref: PodRef, ask: PredictAsk, atMs: number): { t: number; value: string }[] {
  const lo = Math.max(0, atMs - AMBIGUITY_MS);
  const hi = atMs + AMBIGUITY_MS;
  const { rows, removedAt } = watchOf(state, ref);
  const out: { t: number; value: string }[] = [];
  const push = (t: number, value: string) => {
    if (out[out.length - 1]?.value !== value) out.push({ t, value });
  };
  const before = rows.filter((r) => r.t <= lo).pop();
  if (before) push(lo, valueOf(before, ask));
  for (const r of rows) if (r.t > lo && r.t <= hi) push(r.t, valueOf(r, ask));
  if (removedAt !== undefined && removedAt <= hi) push(Math.max(lo, removedAt), '<none>');
  return out;
}

function checkGroup(ctx: SimCheckCtx, sites: readonly PredictSite[]): void {
  const [first] = sites;
  const run = runnable(ctx, { owner: first.owner, field: 'manifest', text: first.manifest });
  if (!run.ok) return;
  const pod = run.objects.find((o) => o.kind === 'Pod');
  if (!pod) {
    for (const s of sites) ctx.report(ctx.at(s.owner, 'manifest'), 'sim-predict', { key: 'predictNoPod' }, { key: 'predictNoPodHint' });
    return;
  }
  const ref: PodRef = { namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name ?? '' };
  const ordered = [...sites].map((s) => ({ s, ms: Math.round(s.at * 1000) })).sort((a, b) => a.ms - b.ms);
  const seen: { s: PredictSite; ms: number; value?: string }[] = [];
  for (const { s, ms } of ordered) {
    const state = ctx.runAt(first.manifest, run, ms);
    const live = podOf(state, ref);
    seen.push({ s, ms, ...(live ? { value: valueOf(columnsOf(state, live), s.ask) } : {}) });
  }
  const state = ctx.runAt(first.manifest, run, ordered[ordered.length - 1].ms + AMBIGUITY_MS);
  for (const { s, ms, value } of seen) {
    const vars = { pod: ref.name, at: seconds(ms), column: ctx.t(COLUMN[s.ask]) };
    if (value === undefined) {
      ctx.report(ctx.at(s.owner, 'at'), 'sim-predict', { key: 'predictPodGone', vars }, { key: 'predictPodGoneHint' });
      continue;
    }
    if (s.answer !== undefined && s.answer.trim() !== value) {
      ctx.report(ctx.at(s.owner, 'answer'), 'sim-predict', { key: 'predictWrong', vars: { ...vars, answer: s.answer, actual: value } }, { key: 'predictWrongHint', vars: { actual: value } });
    }
    const around = valuesAround(state, ref, s.ask, ms);
    if (around.some((v) => v.value !== value)) {
      const changes = around.map((v) => ctx.t('changeFrom', { value: v.value, t: seconds(v.t) })).join(', ');
      ctx.report(ctx.at(s.owner, 'at'), 'sim-ambiguous', { key: 'predictAmbiguous', vars: { ...vars, changes } }, { key: 'predictAmbiguousHint' });
    }
  }
}

export function checkPredictions(ctx: SimCheckCtx, sites: readonly PredictSite[]): void {
  const byManifest = new Map<string, PredictSite[]>();
  for (const s of sites) byManifest.set(s.manifest, [...(byManifest.get(s.manifest) ?? []), s]);
  for (const group of byManifest.values()) ctx.guard(ctx.at(group[0].owner, 'manifest'), () => checkGroup(ctx, group));
}
