// The pod worker: one sync pass at a time per pod (pkg/kubelet/pod_workers.go). A pass takes
// actions until none is left or one needs simulated time (an "op"); a sync requested meanwhile
// runs right after the pass, and a pass that hit errors asks to be retried.
import { assertNever } from '../../util/assert-never.js';
import type { Millis } from '../api/types.js';
import { schedule } from '../engine/emit.js';
import type { SimState } from '../engine/state.js';
import { allocatePodIP } from './node.js';
import { nextAction } from './actions.js';
import { volumesReady } from './mounts.js';
import { ctxFor, markDirty, requestSync, type Ctx } from './context.js';
import { restartPolicyOf } from './restart-policy.js';
import { beginStart, completeOp } from './start.js';
import { killForProbe } from './kill.js';
import { finishTeardown, teardownStep, beginTeardown } from './teardown.js';

/** Sandbox creation and pod IP: podlab's nominal 1 s (docs/simulator.md). */
export const SANDBOX_MS: Millis = 1000;

/** Starts a timed op: the pod worker is busy until it completes. */
export function startOp(ctx: Ctx, op: NonNullable<Ctx['pr']['op']>, doneAt: Millis): void {
  ctx.pr.op = op;
  schedule(ctx.state, doneAt, { k: 'op', uid: ctx.pr.uid, gen: ctx.pr.gen });
}

/** A `sync` timer fired (or a caller asks for a sync now). */
export function syncPod(state: SimState, uid: string): void {
  const ctx = ctxFor(state, uid);
  if (!ctx) return;
  const { pr } = ctx;
  if (pr.nextSyncAt !== undefined && pr.nextSyncAt <= state.now) pr.nextSyncAt = undefined;
  if (pr.op) {
    pr.pendingSync = true;
    return;
  }
  pr.tried.clear();
  pr.killedInPass.clear();
  pr.retryAt = undefined;
  continuePass(ctx);
}

/** Every container a `kill` op waited for has exited: the pass goes on (the kill was synchronous). */
export function killOpDone(state: SimState, uid: string): void {
  const ctx = ctxFor(state, uid);
  if (!ctx || ctx.pr.op?.kind !== 'kill') return;
  ctx.pr.op = undefined;
  continuePass(ctx);
}

/** The current op completed: apply it, then go on with the pass. */
export function onOpDone(state: SimState, uid: string): void {
  const ctx = ctxFor(state, uid);
  if (!ctx || !ctx.pr.op) return;
  const op = ctx.pr.op;
  ctx.pr.op = undefined;
  if (completeOp(ctx, op) === 'busy') return;
  continuePass(ctx);
}

/** Runs actions until one needs time or none is left, then ends the pass. */
export function continuePass(ctx: Ctx): void {
  const { pr, state } = ctx;
  for (let guard = 0; guard < 1000; guard++) {
    if (pr.op) return;
    if (!pr.isActive) return;
    if (ctx.pod.metadata.deletionTimestamp != null && !pr.teardown) beginTeardown(ctx, 'delete');
    if (pr.teardown) {
      if (teardownStep(ctx) === 'busy') return;
      finishTeardown(ctx);
      return;
    }
    if (pr.sandbox === 'none' && !volumesReady(ctx)) return endPass(ctx);
    const action = nextAction(pr, restartPolicyOf(ctx.pod));
    switch (action.kind) {
      case 'none':
        return endPass(ctx);
      case 'sandbox':
        pr.sandbox = 'creating';
        startOp(ctx, { kind: 'sandbox' }, state.now + SANDBOX_MS);
        return;
      case 'probeKill':
        killForProbe(ctx, action.c);
        break;
      case 'start':
        beginStart(ctx, action.c);
        break;
      case 'initFailed':
        beginTeardown(ctx, 'initFailed');
        break;
      case 'complete':
        if (ctx.pr.containers.some((c) => c.kind === 'sidecar' && c.current && !c.current.exit)) beginTeardown(ctx, 'complete');
        else {
          pr.terminalPhase = action.phase;
          pr.isActive = false;
          markDirty(ctx);
          return;
        }
        break;
      default:
        assertNever(action);
    }
  }
  throw new Error(`pod ${pr.namespace}/${pr.name}: the sync pass did not settle`);
}

function endPass(ctx: Ctx): void {
  const { pr, state } = ctx;
  markDirty(ctx);
  if (pr.pendingSync) {
    pr.pendingSync = false;
    requestSync(state, pr, state.now);
    return;
  }
  if (pr.retryAt !== undefined) requestSync(state, pr, pr.retryAt);
}

/** The sandbox is up: the pod has its IP (PodReadyToStartContainers turns True). */
export function sandboxReady(ctx: Ctx): void {
  ctx.pr.sandbox = 'ready';
  ctx.pr.podIP = ctx.pod.spec.hostNetwork ? ctx.node.hostIP : allocatePodIP(ctx.node);
  markDirty(ctx);
}
