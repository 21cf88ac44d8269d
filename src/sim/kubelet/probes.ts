// Probe workers over time (pkg/kubelet/prober/worker.go run loop and prober_manager.go):
// one ticker per container and probe kind from the pod's admission, the manual readiness
// trigger after a start, Unhealthy/ProbeWarning events, and the kill a failed liveness or
// startup probe asks for.
import type { Millis } from '../api/types.js';
import { schedule } from '../engine/emit.js';
import type { SimState, Task } from '../engine/state.js';
import { isStarted } from './container-status.js';
import { ctxFor, markDirty, podEvent, requestSync, type Ctx } from './context.js';
import { probeKillMessage } from './kill.js';
import { PLEG_RELIST_MS } from './process.js';
import { afterProbe, beforeProbe, type ProbeKind } from './probe-worker.js';
import { park, tickParked } from './probe-park.js';
import { runProbe } from './probe-run.js';
import type { ProbeSlot } from './types.js';

const FIELD: Readonly<Record<ProbeKind, 'livenessProbe' | 'readinessProbe' | 'startupProbe'>> = {
  liveness: 'livenessProbe', readiness: 'readinessProbe', startup: 'startupProbe',
};
const TITLE: Readonly<Record<ProbeKind, string>> = { liveness: 'Liveness', readiness: 'Readiness', startup: 'Startup' };

/** Starts every worker of the pod: each probes at once, then every periodSeconds. */
export function startProbeWorkers(state: SimState, uid: string): void {
  const pr = state.pods.get(uid);
  if (!pr) return;
  pr.containers.forEach((rt, c) => {
    for (const kind of Object.keys(rt.probes) as ProbeKind[]) {
      const slot = rt.probes[kind]!;
      schedule(state, state.now, { k: 'probe', uid, c, probe: kind, gen: slot.gen, slot });
    }
  });
}

/**
 * After a container starts, the kubelet's next status update (at its PLEG relist) finds a
 * readiness probe without a result and triggers an immediate run (UpdatePodStatus).
 */
export function afterContainerStart(ctx: Ctx, c: number): void {
  const slot = ctx.pr.containers[c].probes.readiness;
  if (!slot) return;
  schedule(ctx.state, ctx.state.now + PLEG_RELIST_MS, { k: 'probe', uid: ctx.pr.uid, c, probe: 'readiness', gen: -1 });
}

/** The grace period of a probe kill (k8s-semantics §4 step 3). */
function probeGraceMs(ctx: Ctx, c: number, kind: ProbeKind): Millis {
  const probe = ctx.pr.containers[c].spec[FIELD[kind]];
  const s = ctx.pod.metadata.deletionGracePeriodSeconds ?? probe?.terminationGracePeriodSeconds ?? ctx.pod.spec.terminationGracePeriodSeconds ?? 30;
  return s * 1000;
}

/** A probe tick (`gen` -1 is the one-off manual trigger, which does not reschedule). */
export function onProbeTick(state: SimState, task: Extract<Task, { k: 'probe' }>): void {
  if (task.slot?.park && tickParked(state, task.slot, task)) return;
  const { uid, c, probe: kind, gen } = task;
  const ctx = ctxFor(state, uid);
  if (!ctx) return;
  const { pr } = ctx;
  const rt = pr.containers[c];
  const slot = rt?.probes[kind];
  if (!slot) return;
  const manual = gen === -1;
  if (!manual && gen !== slot.gen) return;
  const w = slot.worker;
  const inst = rt.current;
  if (manual && (!inst || inst.exit || w.containerId === inst.id)) return;
  if (!manual) schedule(state, state.now + w.probe.periodSeconds * 1000, task.slot === slot ? task : { k: 'probe', uid, c, probe: kind, gen: slot.gen, slot });
  if (runTick(ctx, c, kind, slot, manual)) return;
  // Anything else this tick did may matter to the pod's other workers.
  pr.touch++;
}

/**
 * The tick proper (doProbe): true when it changed nothing a later tick would see differently,
 * and the worker is parked so its next ticks repeat it without running the probe.
 */
function runTick(ctx: Ctx, c: number, kind: ProbeKind, slot: ProbeSlot, manual: boolean): boolean {
  const { state, pr } = ctx;
  const rt = pr.containers[c];
  const w = slot.worker;
  const inst = rt.current;
  const before = w.result;
  const steady = w.result === 'Success' && w.lastResult === 'Success' && w.resultRun >= w.probe.successThreshold && !w.onHold;
  const seen = w.containerId;
  const decision = beforeProbe(w, {
    containerId: inst?.id,
    isRunning: !!inst && !inst.exit,
    startedAt: inst?.startedAt,
    isStarted: isStarted(rt),
    isPodTerminal: pr.terminalPhase !== undefined,
    isPodDeleting: ctx.pod.metadata.deletionTimestamp != null,
  }, state.now);
  if (decision.action === 'stop') {
    slot.gen++;
    return false;
  }
  if (decision.action === 'skip') {
    // A skip that changed nothing and waits for something the pod does (not for the initial
    // delay) repeats as is.
    if (!manual && decision.until === undefined && w.containerId === seen && w.result === before) {
      park(state, slot, pr, false);
      return true;
    }
  } else {
    const probe = rt.spec[FIELD[kind]]!;
    const forced = slot.failUntil !== undefined && state.now < slot.failUntil;
    const out = runProbe(ctx, c, inst!, probe, forced);
    if (!manual && steady && out.result === 'Success' && out.repeatable && w.containerId === seen) {
      afterProbe(w, 'Success');
      park(state, slot, pr, true, out.repeatable.log);
      return true;
    }
    if (out.result === 'Failure') podEvent(ctx, 'Warning', 'Unhealthy', `${TITLE[kind]} probe failed: ${out.output}`);
    if (out.result === 'Warning') podEvent(ctx, 'Warning', 'ProbeWarning', `${TITLE[kind]} probe warning: ${out.output}`);
    const mustKill = afterProbe(w, out.result === 'Failure' ? 'Failure' : 'Success');
    if (mustKill && kind !== 'readiness') {
      rt.killFor = { message: probeKillMessage(ctx, c, kind), gracePeriodMs: probeGraceMs(ctx, c, kind) };
      requestSync(state, pr, state.now);
    }
  }
  // Note: a new container ID is a new result (resultsManager.Set with the initial value in
  // pkg/kubelet/prober/worker.go doProbe), even when the tick's probe brings the same value back
  // at once: the status reads ready/started per container ID, so it must be made again.
  if (w.result !== before || w.containerId !== seen) {
    markDirty(ctx);
    // A startup success lets the next init container (or liveness/readiness) go on.
    if (kind === 'startup') requestSync(state, pr, state.now);
  }
  return false;
}
