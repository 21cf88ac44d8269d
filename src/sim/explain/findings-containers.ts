// Findings read from one container's status: crash loops, OOM kills, image pulls, missing
// config, start errors, restarts, readiness. Init containers that wait for an image or config
// get the same treatment as app containers.
import type { ContainerStatus } from '../api/types.js';
import { imagePullWhy } from './config-messages.js';
import {
  exitMeaning, finding, lastTermination, livenessBudget, probeText, reasonOf, restartPolicy, specOf, when, type Ctx,
} from './facts.js';
import { configFinding } from './config-messages.js';
import type { Finding } from './types.js';

const PULL_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull', 'RegistryUnavailable', 'SignatureValidationFailed']);
const START_REASONS = new Set(['CreateContainerError', 'RunContainerError', 'PreCreateHookError', 'PreStartHookError', 'PostStartHookError', 'StartError']);
/** Exits a liveness kill leaves: a handled SIGTERM (0), SIGKILL (137), an unhandled SIGTERM (143). */
const KILL_EXITS = new Set([0, 137, 143]);

function memoryLimit(ctx: Ctx, container: string): string {
  const v = specOf(ctx.pod, container)?.resources?.limits?.memory;
  return v === undefined ? '' : String(v);
}

function oom(ctx: Ctx, cs: ContainerStatus): Finding {
  const t = lastTermination(cs);
  const limit = memoryLimit(ctx, cs.name);
  return finding(ctx, 'error', 'oom-killed', limit ? 'oomKilled' : 'oomKilledNoLimit', { container: cs.name, limit, when: when(ctx, t) }, 'oomKilledAdvice');
}

/** The kubelet killing a container that failed its liveness probe, as far as the status can tell. */
function livenessKill(ctx: Ctx, cs: ContainerStatus): Finding | undefined {
  const probe = specOf(ctx.pod, cs.name)?.livenessProbe;
  const t = lastTermination(cs);
  if (!probe || !t || cs.restartCount === 0 || !KILL_EXITS.has(t.exitCode) || t.reason === 'OOMKilled') return undefined;
  return finding(ctx, 'warning', 'liveness-restarts', 'livenessRestarts',
    { container: cs.name, restarts: cs.restartCount, code: t.exitCode, ...livenessBudget(probe) }, 'livenessRestartsAdvice');
}

/** Waiting reasons that stop a container from starting at all. */
export function waitingFindings(ctx: Ctx, cs: ContainerStatus): Finding[] {
  const w = cs.state?.waiting;
  const reason = w?.reason ?? '';
  const container = cs.name;
  if (PULL_REASONS.has(reason)) {
    const image = specOf(ctx.pod, container)?.image ?? cs.image ?? '';
    return [finding(ctx, 'error', 'image-pull', 'imagePull', { container, image, reason, why: imagePullWhy(ctx.say, reason, w?.message ?? '') }, 'imagePullAdvice')];
  }
  if (reason === 'CreateContainerConfigError') return [configFinding(ctx, container, w?.message ?? '')];
  if (START_REASONS.has(reason)) {
    return [finding(ctx, 'error', 'container-start-error', 'startError', { container, reason, message: w?.message ?? '' }, 'startErrorAdvice')];
  }
  return [];
}

/** Everything one app container's status says. */
export function containerFindings(ctx: Ctx, cs: ContainerStatus): Finding[] {
  const out = waitingFindings(ctx, cs);
  if (out.length > 0) return out;
  const container = cs.name;
  const waiting = cs.state?.waiting?.reason;
  const t = lastTermination(cs);
  if (cs.state?.terminated?.reason === 'StartError') {
    return [finding(ctx, 'error', 'container-start-error', 'startError', { container, reason: 'StartError', message: cs.state.terminated.message ?? '' }, 'startErrorAdvice')];
  }
  if (t?.reason === 'ContainerStatusUnknown') out.push(finding(ctx, 'warning', 'container-status-unknown', 'statusUnknown', { container }, 'statusUnknownAdvice'));
  if (t?.reason === 'OOMKilled') out.push(oom(ctx, cs));
  if (waiting === 'CrashLoopBackOff' && t) {
    const liveness = livenessKill(ctx, cs);
    if (liveness) out.push(liveness);
    if (t.exitCode === 0 && !liveness && restartPolicy(ctx.pod) === 'Always') {
      out.push(finding(ctx, 'error', 'completed-restarted', 'completedRestarted', { container, restarts: cs.restartCount }, 'completedRestartedAdvice'));
    } else {
      out.push(finding(ctx, 'error', 'crash-loop', 'crashLoop', {
        container, code: t.exitCode, reason: reasonOf(t), when: when(ctx, t), restarts: cs.restartCount, meaning: exitMeaning(ctx.say, t.exitCode, t.signal),
      }, 'crashLoopAdvice'));
    }
    return out;
  }
  if (waiting === 'ContainerCreating' || waiting === 'PodInitializing') {
    return [finding(ctx, 'info', 'container-creating', 'creating', { reason: waiting }, 'creatingAdvice')];
  }
  if (cs.state?.running && cs.restartCount > 0 && cs.lastState?.terminated && t?.reason !== 'OOMKilled') {
    const liveness = livenessKill(ctx, cs);
    out.push(liveness ?? finding(ctx, cs.restartCount >= 3 ? 'warning' : 'info', 'restarted', 'restarted', {
      container, restarts: cs.restartCount, code: t!.exitCode, reason: reasonOf(t!), when: when(ctx, t), meaning: exitMeaning(ctx.say, t!.exitCode, t!.signal),
    }, 'restartedAdvice'));
  }
  if (cs.state?.running && !cs.ready && !ctx.pod.metadata.deletionTimestamp) out.push(notReady(ctx, cs));
  const others = ctx.pod.status?.containerStatuses ?? [];
  if (cs.state?.terminated?.exitCode === 0 && ctx.pod.status?.phase === 'Running' && others.some((o) => o.state?.running)) {
    out.push(finding(ctx, 'warning', 'not-ready', 'notReadyCompleted', { container, policy: restartPolicy(ctx.pod) }, 'notReadyCompletedAdvice'));
  }
  return out;
}

function notReady(ctx: Ctx, cs: ContainerStatus): Finding {
  const spec = specOf(ctx.pod, cs.name);
  const container = cs.name;
  if (spec?.startupProbe && cs.started !== true) {
    return finding(ctx, 'warning', 'not-ready', 'notReadyStartup', { container, probe: probeText(spec.startupProbe) }, 'notReadyAdvice');
  }
  if (spec?.readinessProbe) return finding(ctx, 'warning', 'not-ready', 'notReadyProbe', { container, probe: probeText(spec.readinessProbe) }, 'notReadyAdvice');
  return finding(ctx, 'warning', 'not-ready', 'notReadyOther', { container }, 'notReadyAdvice');
}
