// Starting one container (SyncPod's `start` closure and startContainer in
// kuberuntime_container.go): doBackOff, EnsureImageExists, the container config (environment),
// create and start, then the postStart hook.
import { assertNever } from '../../util/assert-never.js';
import type { Millis } from '../api/types.js';
import { formatGoDuration } from '../go-duration.js';
import type { ImageEntry } from '../images/types.js';
import { nextHex } from '../rng.js';
import { CRASH_LOOP_BACKOFF, isInBackOffSince, nextBackoff } from './backoff.js';
import { markDirty, podDesc, podEvent, retryAt, type Ctx } from './context.js';
import { resolveEnv } from './env.js';
import { emptyLogBuffer } from './log-buffer.js';
import { runHook } from './hooks.js';
import { killContainer } from './kill.js';
import { applyStep } from './process.js';
import { ensureImage, pullDone, startFailed, SYNC_ERROR_RETRY_MS } from './pulls.js';
import { memoryLimit } from './quantities.js';
import { processEnv, startProcess } from './runtime.js';
import { afterContainerStart } from './probes.js';
import { sandboxReady, startOp } from './sync.js';
import type { Instance, PodOp } from './types.js';
import { instanceWorld } from './world.js';

/** Create + start of a container: podlab's nominal 0.5 s (docs/simulator.md). */
export const START_MS: Millis = 500;

/** The first step of starting container `c` in this pass. */
export function beginStart(ctx: Ctx, c: number): void {
  const { pr, state } = ctx;
  const rt = pr.containers[c];
  pr.tried.add(c);
  // Note: doBackOff reads the pod status taken when SyncPod began; after a kill in the same
  // SyncPod the newest exited instance it sees is the one before (or none).
  const exited = pr.killedInPass.has(c) ? rt.previous?.exit : rt.current?.exit;
  if (exited) {
    // Note: doBackOff (kuberuntime_manager.go) measures from the exited instance's FinishedAt.
    if (isInBackOffSince(CRASH_LOOP_BACKOFF, rt.backoff, exited.at, state.now)) {
      const backoff = rt.backoff!.backoff;
      podEvent(ctx, 'Warning', 'BackOff', `Back-off restarting failed container ${rt.name} in pod ${podDesc(pr)}`);
      rt.reason = { reason: 'CrashLoopBackOff', message: `back-off ${formatGoDuration(backoff)} restarting failed container=${rt.name} pod=${podDesc(pr)}` };
      // Note: podlab syncs again exactly when the backoff ends (the kubelet's retry is 10-15 s
      // later with jitter); see docs/simulator.md.
      retryAt(pr, exited.at + backoff);
      markDirty(ctx);
      return;
    }
    rt.backoff = nextBackoff(CRASH_LOOP_BACKOFF, rt.backoff, exited.at, state.now);
  }
  const image = ensureImage(ctx, c);
  switch (image.kind) {
    case 'failed': return;
    case 'pulling':
      startOp(ctx, image.op, image.doneAt);
      return;
    case 'ready':
      createAndStart(ctx, c, image.image);
      return;
    default:
      assertNever(image);
  }
}

/** generateContainerConfig: the environment; then the create + start op. */
function createAndStart(ctx: Ctx, c: number, image: ImageEntry): void {
  const { state, pr, node, pod } = ctx;
  const rt = pr.containers[c];
  const nodeObj = state.store.objects.get('Node')?.get(`/${node.name}`);
  const env = resolveEnv(state, rt.spec, { pod, node: nodeObj as never, podIP: pr.podIP ?? '', hostIP: node.hostIP }, state.clusterIPs);
  if ('error' in env) {
    startFailed(ctx, c, 'CreateContainerConfigError', env.error, state.now + SYNC_ERROR_RETRY_MS);
    return;
  }
  startOp(ctx, { kind: 'start', container: c, image, env: env.env }, state.now + START_MS);
}

function newInstance(ctx: Ctx, image: ImageEntry, env: Readonly<Record<string, string>>, limit: number | undefined): Instance {
  const [id, rng] = nextHex(ctx.state.rng, 64);
  ctx.state.rng = rng;
  return {
    id, image, startedAt: ctx.state.now, proc: undefined, env, fs: image.files, logs: emptyLogBuffer(), wakeGen: 0,
    ...(limit !== undefined ? { memoryLimit: limit } : {}),
  };
}

/** Create + start finished: the new instance runs; the postStart hook blocks the pod worker. */
function containerStarted(ctx: Ctx, op: Extract<PodOp, { kind: 'start' }>): 'busy' | 'done' {
  const { pr, state } = ctx;
  const c = op.container;
  const rt = pr.containers[c];
  const inst = newInstance(ctx, op.image, processEnv(op.image, pr.name, op.env), memoryLimit(rt.spec));
  if (rt.current) rt.previous = rt.current;
  rt.current = inst;
  rt.instances++;
  rt.reason = undefined;
  podEvent(ctx, 'Normal', 'Created', `Created container: ${rt.name}`);
  markDirty(ctx);
  const w = instanceWorld(state, pr, rt, inst);
  const out = startProcess(op.image, rt.spec.command, rt.spec.args, w.world);
  w.commit();
  const startError = out.exit?.startError;
  if (startError !== undefined) {
    // Note: kuberuntime_container.go startContainer: StartContainer failed, so no Started
    // event but `Error: <runtime message>`, and the sync result ErrRunContainer goes to the
    // reason cache (shown as waiting RunContainerError while the kubelet will restart it).
    podEvent(ctx, 'Warning', 'Failed', `Error: ${startError}`);
    rt.reason = { reason: 'RunContainerError', message: startError };
  } else {
    podEvent(ctx, 'Normal', 'Started', `Started container ${rt.name}`);
  }
  applyStep(ctx, c, inst, out);
  afterContainerStart(ctx, c);
  const postStart = rt.spec.lifecycle?.postStart;
  if (!postStart || inst.exit) return 'done';
  const r = runHook(ctx, c, inst, postStart, Number.MAX_SAFE_INTEGER);
  startOp(ctx, { kind: 'hook', container: c, phase: 'postStart', ...(r.ok ? {} : { error: r.message }) }, state.now + r.durationMs);
  return 'busy';
}

/** The postStart hook returned: a failure kills the container (FailedPostStartHook). */
function postStartDone(ctx: Ctx, c: number, message: string | undefined): 'busy' | 'done' {
  const { pr } = ctx;
  if (message === undefined) return 'done';
  const rt = pr.containers[c];
  podEvent(ctx, 'Warning', 'FailedPostStartHook', 'PostStartHook failed');
  rt.reason = { reason: 'PostStartHookError', message };
  killContainer(ctx, c, 'FailedPostStartHook', (ctx.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000);
  markDirty(ctx);
  if (rt.current && !rt.current.exit) {
    pr.op = { kind: 'kill', containers: [c] };
    return 'busy';
  }
  return 'done';
}

/** The current op's time is up: apply its effect. `busy` when another op has begun. */
export function completeOp(ctx: Ctx, op: PodOp): 'busy' | 'done' {
  switch (op.kind) {
    case 'sandbox':
      sandboxReady(ctx);
      return 'done';
    case 'pull': {
      const image = pullDone(ctx, op);
      if (image) createAndStart(ctx, op.container, image);
      return ctx.pr.op ? 'busy' : 'done';
    }
    case 'start':
      return containerStarted(ctx, op);
    case 'hook':
      return postStartDone(ctx, op.container, op.error);
    case 'kill':
      return 'busy';
    default:
      return assertNever(op);
  }
}

