// Stopping a whole pod: deletion, eviction, a completed pod's sidecars, a failed init under
// restartPolicy Never. Regular containers stop first (in parallel), sidecars after them
// (killContainersWithSyncResult); then status_manager.TerminatePod makes the phase terminal.
import type { Millis } from '../api/types.js';
import { getPhase } from '../status/phase.js';
import { containerStatus } from './container-status.js';
import { markDirty, type Ctx } from './context.js';
import { killContainer, podGraceMs } from './kill.js';
import { restartPolicyOf } from './restart-policy.js';
import type { Teardown } from './types.js';
import { removeDeletedPod } from './removal.js';

/** `immediateEvictionGracePeriodSeconds`: hard eviction gives pods 1 s (raised to 2 s per container). */
export const EVICTION_GRACE_MS: Millis = 1000;

export function beginTeardown(ctx: Ctx, cause: Teardown['cause'], graceMs?: Millis): void {
  const { pr, state } = ctx;
  if (pr.teardown) return;
  const grace = graceMs ?? (cause === 'evict' ? EVICTION_GRACE_MS : podGraceMs(ctx));
  pr.teardown = { cause, graceMs: grace, startedAt: state.now };
  // Probe workers stop probing liveness/startup of a terminating pod (worker.go doProbe step f).
  markDirty(ctx);
}

const isRunning = (ctx: Ctx, c: number): boolean => {
  const inst = ctx.pr.containers[c].current;
  return !!inst && !inst.exit;
};

/** Stops what still runs, regular containers first. `busy` while some are stopping. */
export function teardownStep(ctx: Ctx): 'busy' | 'done' {
  const { pr, state } = ctx;
  const td = pr.teardown!;
  const remaining = Math.max(td.graceMs - (state.now - td.startedAt), 0);
  const indices = pr.containers.map((_, i) => i);
  const firstWave = indices.filter((c) => pr.containers[c].kind !== 'sidecar' && isRunning(ctx, c));
  const wave = firstWave.length > 0 ? firstWave : indices.filter((c) => isRunning(ctx, c)).reverse();
  if (wave.length === 0) return 'done';
  for (const c of wave) killContainer(ctx, c, `Stopping container ${pr.containers[c].name}`, remaining);
  const still = wave.filter((c) => isRunning(ctx, c));
  if (still.length === 0) return teardownStep(ctx);
  pr.op = { kind: 'kill', containers: still };
  return 'busy';
}

/** Everything stopped: the final status (TerminatePod), then the object goes if it was deleted. */
export function finishTeardown(ctx: Ctx): void {
  const { pr, pod } = ctx;
  const td = pr.teardown!;
  pr.isActive = false;
  pr.finished = true;
  if (!pr.terminalPhase) {
    const policy = restartPolicyOf(pod);
    const defaultReason = (pod.spec.initContainers ?? []).length > 0 ? 'PodInitializing' : 'ContainerCreating';
    const statuses = pr.containers.map((c) => containerStatus(pr, c, 0, defaultReason, policy));
    const initialized = pr.containers.some((c) => c.kind === 'app' && c.current);
    const phase = td.cause === 'evict' || td.cause === 'deadline' ? 'Failed' : getPhase(pod.spec, statuses, true, initialized);
    pr.terminalPhase = phase === 'Succeeded' || phase === 'Failed' ? phase : 'Failed';
  }
  markDirty(ctx);
  if (td.cause === 'delete') removeDeletedPod(ctx);
}
