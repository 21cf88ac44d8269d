// killContainer (pkg/kubelet/kuberuntime/kuberuntime_container.go): the Killing event, the
// preStop hook inside the grace period, the image's stop signal, SIGKILL when the grace period
// (at least 2 s after preStop) runs out.
import type { Millis } from '../api/types.js';
import { schedule } from '../engine/emit.js';
import type { SimState } from '../engine/state.js';
import type { Signal } from '../proc/behaviour-types.js';
import { ctxFor, markDirty, podEvent, type Ctx } from './context.js';
import { runHook } from './hooks.js';
import { applyStep, containerExited } from './process.js';
import { restartPolicyOf } from './restart-policy.js';
import { signalProcess } from './runtime.js';
import { instanceWorld } from './world.js';

/** `minimumGracePeriodInSeconds`: the runtime always gets at least 2 s to stop a container. */
export const MIN_GRACE_MS: Millis = 2000;

/** The pod's grace period: `deletionGracePeriodSeconds` when set, else the spec's (default 30). */
export function podGraceMs(ctx: Ctx): Millis {
  const meta = ctx.pod.metadata.deletionGracePeriodSeconds;
  return (meta ?? ctx.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
}

/**
 * Starts stopping container `c` with `graceMs`: Killing event, preStop, stop signal, SIGKILL
 * timer. The caller makes the pod worker wait (a `kill` op) until it has exited.
 */
export function killContainer(ctx: Ctx, c: number, message: string, graceMs: Millis): void {
  const { state, pr } = ctx;
  const rt = pr.containers[c];
  const inst = rt.current;
  if (!inst || inst.exit || inst.killing) return;
  podEvent(ctx, 'Normal', 'Killing', message);
  let used = 0;
  const preStop = rt.spec.lifecycle?.preStop;
  if (preStop) {
    const r = runHook(ctx, c, inst, preStop, graceMs);
    used = r.durationMs;
    // Note: the hook's own error is logged only, never put in the event (it may hold secrets).
    if (!r.ok) podEvent(ctx, 'Warning', 'FailedPreStopHook', 'PreStopHook failed');
    if (inst.exit) return;
  }
  const deadline = state.now + used + Math.max(graceMs - used, MIN_GRACE_MS);
  inst.killing = { deadline };
  schedule(state, state.now + used, { k: 'stop', uid: pr.uid, c, id: inst.id, phase: 'term' });
  schedule(state, deadline, { k: 'stop', uid: pr.uid, c, id: inst.id, phase: 'kill' });
  markDirty(ctx);
}

/** A `stop` timer: deliver the stop signal, or SIGKILL at the end of the grace period. */
export function onStop(state: SimState, uid: string, c: number, id: string, phase: 'term' | 'kill'): void {
  const ctx = ctxFor(state, uid);
  if (!ctx) return;
  const rt = ctx.pr.containers[c];
  const inst = rt?.current;
  if (!inst || inst.id !== id || inst.exit || !inst.killing) return;
  const signal: Signal = phase === 'kill' ? 'SIGKILL' : inst.image.stopSignal;
  const w = instanceWorld(state, ctx.pr, rt, inst);
  const out = signalProcess(inst.proc, signal, w.world);
  w.commit();
  applyStep(ctx, c, inst, out);
  if (phase === 'kill' && !inst.exit) containerExited(ctx, c, inst, { code: 137, reason: 'Error', at: state.now });
}

/** A liveness or startup probe failed: kill the container; the pass then restarts it. */
export function killForProbe(ctx: Ctx, c: number): void {
  const rt = ctx.pr.containers[c];
  const reason = rt.killFor!;
  rt.killFor = undefined;
  ctx.pr.killedInPass.add(c);
  killContainer(ctx, c, reason.message, reason.gracePeriodMs);
  if (rt.current && !rt.current.exit) ctx.pr.op = { kind: 'kill', containers: [c] };
}

/** The Killing message for a failed probe (computePodActions). */
export function probeKillMessage(ctx: Ctx, c: number, probe: 'liveness' | 'startup'): string {
  const rt = ctx.pr.containers[c];
  if (rt.kind === 'sidecar') return `Init container ${rt.name} failed ${probe} probe`;
  const base = `Container ${rt.name} failed ${probe} probe`;
  return restartPolicyOf(ctx.pod) === 'Never' ? base : `${base}, will be restarted`;
}
