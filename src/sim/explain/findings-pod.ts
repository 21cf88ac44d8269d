// Findings about the pod as a whole: scheduling, init containers, eviction, deletion, lost
// nodes, kubelet rejections, the end of a run, and phases that disagree.
import type { PodCondition } from '../api/types.js';
import { computeQOS, humanDuration, isRestartableInitContainer, timestampMs } from '../status/index.js';
import { exitMeaning, finding, initStatuses, lastTermination, mainStatuses, reasonOf, restartPolicy, type Ctx } from './facts.js';
import { waitingFindings } from './findings-containers.js';
import { explainFit, parseFitMessage } from './scheduling.js';
import type { Finding } from './types.js';

const condition = (ctx: Ctx, type: string): PodCondition | undefined => ctx.pod.status?.conditions?.find((c) => c.type === type);

/** Pending pods that have no node yet. */
export function schedulingFindings(ctx: Ctx): Finding[] {
  const scheduled = condition(ctx, 'PodScheduled');
  const gates = ctx.pod.spec.schedulingGates ?? [];
  if (scheduled?.reason === 'SchedulingGated' || (gates.length > 0 && !ctx.pod.spec.nodeName)) {
    return [finding(ctx, 'warning', 'scheduling-gated', 'gated', { gates: gates.map((g) => g.name).join(', ') }, 'gatedAdvice')];
  }
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
    const message = scheduled.message ?? '';
    const fit = parseFitMessage(message);
    const lines = fit ? explainFit(ctx.say, ctx.pod, fit) : [];
    const f = finding(ctx, 'error', 'pending-unschedulable', 'unschedulable', { message }, 'unschedulableAdvice');
    return [{ ...f, message: [f.message, ...lines.map((l) => `- ${l}`)].join('\n') }];
  }
  if (!ctx.pod.spec.nodeName && (ctx.pod.status?.phase ?? 'Pending') === 'Pending' && !ctx.pod.metadata.deletionTimestamp) {
    return [finding(ctx, 'warning', 'pending-not-scheduled', 'notScheduled', {}, 'notScheduledAdvice')];
  }
  return [];
}

/** The first init container that is not done, as printPod walks them. */
export function initFindings(ctx: Ctx): Finding[] {
  const specs = ctx.pod.spec.initContainers ?? [];
  const statuses = initStatuses(ctx.pod);
  for (const [i, cs] of statuses.entries()) {
    const spec = specs.find((c) => c.name === cs.name);
    if (cs.state?.terminated?.exitCode === 0) continue;
    if (spec && isRestartableInitContainer(spec) && cs.started) continue;
    const waiting = waitingFindings(ctx, cs);
    if (waiting.length > 0) return waiting;
    const t = cs.state?.terminated ?? (cs.state?.waiting?.reason === 'CrashLoopBackOff' ? lastTermination(cs) : undefined);
    if (t && t.exitCode !== 0) {
      const never = restartPolicy(ctx.pod) === 'Never' && !(spec && isRestartableInitContainer(spec));
      const policy = never ? ctx.say('initFailingNever') : ctx.say('initFailingRetry', { restarts: cs.restartCount });
      return [finding(ctx, 'error', 'init-failing', 'initFailing', { container: cs.name, code: t.exitCode, reason: reasonOf(t), policy }, 'initFailingAdvice')];
    }
    if (cs.state?.running) {
      return [finding(ctx, 'info', 'init-waiting', 'initWaiting', { container: cs.name, index: i + 1, total: specs.length }, 'initWaitingAdvice')];
    }
    return [];
  }
  return [];
}

const ADMISSION_REASONS = /^(OutOf\w+|NodeAffinity|NodeSelectorMismatch|NodeName|UnexpectedAdmissionError|InvalidNodeInfo|NodeShutdown|PodOSNotSupported|SysctlForbidden)$/;

/** Why a pod ended, was refused, or is going away. */
export function lifecycleFindings(ctx: Ctx): Finding[] {
  const { pod } = ctx;
  const st = pod.status ?? {};
  const node = pod.spec.nodeName ?? '<none>';
  const out: Finding[] = [];
  if (st.reason === 'NodeLost' || st.phase === 'Unknown') {
    out.push(finding(ctx, 'error', 'node-lost', 'nodeLost', { node, status: ctx.status }, 'nodeLostAdvice'));
  }
  if (st.reason === 'Evicted') {
    const f = finding(ctx, 'error', 'evicted', 'evicted', { message: (st.message ?? '').trim() }, 'evictedAdvice');
    out.push(computeQOS(pod) === 'BestEffort' ? { ...f, message: `${f.message} ${ctx.say('evictedBestEffort')}` } : f);
  } else if (st.reason === 'DeadlineExceeded') {
    out.push(finding(ctx, 'error', 'deadline-exceeded', 'deadline', { seconds: pod.spec.activeDeadlineSeconds ?? '?' }, 'deadlineAdvice'));
  } else if (st.phase === 'Failed' && st.reason && ADMISSION_REASONS.test(st.reason)) {
    out.push(finding(ctx, 'error', 'rejected', 'rejected', { node, reason: st.reason, message: (st.message ?? '').trim() }, 'rejectedAdvice'));
  }
  const deleting = timestampMs(pod.metadata.deletionTimestamp);
  if (deleting !== undefined && st.reason !== 'NodeLost') {
    const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    const askedMs = deleting - grace * 1000;
    // Note: a kubelet that is up finishes within the grace period (plus a little for the API round trips).
    if (ctx.nowMs > deleting + 30_000) {
      const finalizers = pod.metadata.finalizers ?? [];
      const parts = [ctx.say('terminatingStuck', { ago: humanDuration((ctx.nowMs - askedMs) / 1000) })];
      if (finalizers.length > 0) parts.push(ctx.say('terminatingFinalizers', { finalizers: finalizers.join(', ') }));
      if (isNodeSilent(ctx)) parts.push(ctx.say('terminatingNode', { node }));
      const f = finding(ctx, 'warning', 'terminating-stuck', 'terminatingStuck', {}, 'terminatingStuckAdvice');
      out.push({ ...f, message: parts.join(' ') });
    } else if (st.phase !== 'Succeeded' && st.phase !== 'Failed') {
      out.push(finding(ctx, 'info', 'terminating', 'terminating', { grace }));
    }
  } else if (deleting === undefined && isNodeSilent(ctx) && st.phase === 'Running') {
    out.push(finding(ctx, 'warning', 'node-unreachable', 'nodeUnreachable', { node }, 'nodeUnreachableAdvice'));
  }
  if (st.phase === 'Succeeded') out.push(finding(ctx, 'info', 'completed', 'completed', { policy: restartPolicy(pod) }));
  if (st.phase === 'Failed' && !st.reason) out.push(...failedFindings(ctx));
  return out;
}

/** Ready is False while the containers say they are ready: the node controller wrote it. */
function isNodeSilent(ctx: Ctx): boolean {
  const containersReady = condition(ctx, 'ContainersReady');
  const ready = condition(ctx, 'Ready');
  const gates = ctx.pod.spec.readinessGates ?? [];
  return ready?.status === 'False' && containersReady?.status === 'True' && gates.length === 0;
}

/** A Failed pod: the first app container that ended with a non-zero code. */
function failedFindings(ctx: Ctx): Finding[] {
  const cs = mainStatuses(ctx.pod).find((s) => (s.state?.terminated?.exitCode ?? 0) !== 0);
  const t = cs?.state?.terminated;
  if (!cs || !t || t.reason === 'OOMKilled' || t.reason === 'ContainerStatusUnknown') return [];
  return [finding(ctx, 'error', 'failed', 'failed', {
    container: cs.name, code: t.exitCode, reason: reasonOf(t), policy: restartPolicy(ctx.pod), meaning: exitMeaning(ctx.say, t.exitCode, t.signal),
  }, 'failedAdvice', { container: cs.name })];
}
