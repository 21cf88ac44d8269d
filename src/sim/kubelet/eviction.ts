// Node-pressure eviction for memory (pkg/kubelet/eviction): the MemoryPressure condition and
// taint, rankMemoryPressure (exceeds request, priority, usage above request), one eviction per
// pass (every 10 s, or as soon as the last evicted pod is cleaned up) while the threshold is
// met, the condition lingering 5 minutes after.
import type { Millis, Node } from '../api/types.js';
import { emit, schedule } from '../engine/emit.js';
import type { EvictionWait, SimState } from '../engine/state.js';
import { canonical, fromInt } from '../quantity.js';
import { getObject, putObject } from '../store/store.js';
import { stamp } from '../time.js';
import { ctxFor, markDirty, requestSync } from './context.js';
import { memoryRequest } from './quantities.js';
import { memoryOf } from './runtime.js';
import { beginTeardown } from './teardown.js';
import type { PodRuntime } from './types.js';

/** The kubelet's default hard threshold `memory.available<100Mi`. */
export const MEMORY_THRESHOLD_BYTES = 100 * 1024 * 1024;
export const EVICTION_INTERVAL_MS: Millis = 10_000;
/** `evictionPressureTransitionPeriod`. */
export const PRESSURE_TRANSITION_MS: Millis = 300_000;
/** `podCleanupPollFreq`, `podCleanupTimeout`, and killPodNow's floor for its wait. */
const CLEANUP_POLL_MS: Millis = 1000;
const CLEANUP_TIMEOUT_MS: Millis = 30_000;
const KILL_TIMEOUT_MS: Millis = 10_000;
const CRITICAL_PRIORITY = 2_000_000_000;
const TAINT = 'node.kubernetes.io/memory-pressure';

/** A byte count as the kubelet prints it: a BinarySI quantity (`300Mi`, `91244Ki`). */
export const bytesText = (n: number): string => canonical(fromInt(Math.max(0, Math.round(n)), 'BinarySI'));

function setPressure(state: SimState, name: string, on: boolean): void {
  const node = getObject(state.store, 'Node', undefined, name);
  if (!node) return;
  const at = stamp(state.startEpochMs, state.now);
  const conditions = (node.status?.conditions ?? []).map((c) => c.type !== 'MemoryPressure' ? c : on
    ? { ...c, status: 'True' as const, reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available', lastTransitionTime: at, lastHeartbeatTime: at }
    : { ...c, status: 'False' as const, reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available', lastTransitionTime: at, lastHeartbeatTime: at });
  const others = (node.spec?.taints ?? []).filter((t) => t.key !== TAINT);
  const taints = on ? [...others, { key: TAINT, effect: 'NoSchedule' as const, timeAdded: at }] : others;
  putObject(state.store, { ...node, spec: { ...node.spec, taints }, status: { ...node.status, conditions } } as Node);
  const reason = on ? 'NodeHasInsufficientMemory' : 'NodeHasSufficientMemory';
  emit(state, { type: 'Normal', reason, message: `Node ${name} status is now: ${reason}`, source: 'kubelet', host: name, object: `node/${name}`, namespace: '' });
}

export function memoryPressure(state: SimState, name: string, availableBytes = 50 * 1024 * 1024): void {
  const nr = state.nodes.get(name)!;
  const was = nr.pressureSeenAt !== undefined;
  nr.memoryAvailable = availableBytes;
  nr.gen++;
  if (!was) setPressure(state, name, true);
  nr.pressureSeenAt = state.now;
  schedule(state, state.now, { k: 'eviction', node: name, gen: nr.gen });
}

export function memoryRelief(state: SimState, name: string): void {
  const nr = state.nodes.get(name)!;
  nr.memoryAvailable = undefined;
  nr.gen++;
  schedule(state, state.now, { k: 'eviction', node: name, gen: nr.gen });
}

interface Candidate { readonly pr: PodRuntime; readonly usage: number; readonly request: number; readonly priority: number }

function usageOf(pr: PodRuntime, now: Millis): number {
  return pr.containers.reduce((sum, c) => sum + (c.current && !c.current.exit ? memoryOf(c.current.proc, now) : 0), 0);
}

/** rankMemoryPressure: over its request first, then lower priority, then more above request. */
function rank(state: SimState, name: string): Candidate[] {
  const out: Candidate[] = [];
  for (const pr of state.pods.values()) {
    if (pr.node !== name || !pr.isActive || pr.teardown || pr.terminalPhase) continue;
    const ctx = ctxFor(state, pr.uid);
    if (!ctx) continue;
    const priority = ctx.pod.spec.priority ?? 0;
    if (priority >= CRITICAL_PRIORITY) continue;
    const request = pr.containers.filter((c) => c.kind !== 'init').reduce((s, c) => s + memoryRequest(c.spec), 0);
    out.push({ pr, usage: usageOf(pr, state.now), request, priority });
  }
  return out.sort((a, b) => Number(b.usage > b.request) - Number(a.usage > a.request)
    || a.priority - b.priority || (b.usage - b.request) - (a.usage - a.request));
}

function evict(state: SimState, cand: Candidate, available: number): void {
  const ctx = ctxFor(state, cand.pr.uid)!;
  let message = `The node was low on resource: memory. Threshold quantity: ${bytesText(MEMORY_THRESHOLD_BYTES)}, available: ${bytesText(available)}. `;
  for (const rt of cand.pr.containers) {
    if (rt.kind !== 'app' || !rt.current || rt.current.exit) continue;
    const usage = memoryOf(rt.current.proc, state.now);
    const request = memoryRequest(rt.spec);
    const requestText = rt.spec.resources?.requests?.memory !== undefined ? String(rt.spec.resources.requests.memory) : '0';
    if (usage > request) message += `Container ${rt.name} was using ${bytesText(usage)}, request is ${requestText}, has larger consumption of memory. `;
  }
  emit(state, { type: 'Warning', reason: 'Evicted', message, source: 'kubelet', host: cand.pr.node, object: `pod/${cand.pr.name}`, namespace: cand.pr.namespace, uid: cand.pr.uid });
  // Note: the phase Failed, this reason and message and the DisruptionTarget condition reach the
  // API only once the containers have stopped (kubelet/pod-status.ts, mergePodStatus).
  cand.pr.reason = 'Evicted';
  cand.pr.message = message;
  beginTeardown(ctx, 'evict');
  markDirty(ctx);
  requestSync(state, cand.pr, state.now);
}

/**
 * After an eviction the manager's loop is held: killPodNow blocks until the pod's containers
 * stopped (at most 10 s here: max(1.5 x grace, 10 s)), then waitForPodsCleanup polls every 1 s,
 * at most 30 s, before the next pass (pkg/kubelet/eviction/eviction_manager.go Start). True
 * while it is held; the next poll is then on the clock.
 */
function held(state: SimState, name: string, gen: number, wait: EvictionWait): boolean {
  const pr = state.pods.get(wait.uid);
  const stopped = !pr || pr.finished === true;
  const next = (w: EvictionWait) => schedule(state, state.now + CLEANUP_POLL_MS, { k: 'eviction', node: name, gen, wait: w });
  if (wait.killedAt === undefined) {
    next(stopped || state.now - wait.since >= KILL_TIMEOUT_MS ? { ...wait, killedAt: state.now } : wait);
    return true;
  }
  if (stopped || state.now - wait.killedAt >= CLEANUP_TIMEOUT_MS) return false;
  next(wait);
  return true;
}

/** The eviction manager's pass over one node. */
export function onEvictionTick(state: SimState, name: string, gen: number, wait?: EvictionWait): void {
  const nr = state.nodes.get(name);
  if (!nr || nr.gen !== gen || nr.downAt !== undefined) return;
  if (wait && held(state, name, gen, wait)) return;
  const available = nr.memoryAvailable;
  if (available !== undefined && available < MEMORY_THRESHOLD_BYTES) {
    nr.pressureSeenAt = state.now;
    emit(state, { type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim memory', source: 'kubelet', host: name, object: `node/${name}`, namespace: '' });
    const top = rank(state, name)[0];
    if (top) {
      nr.memoryAvailable = available + top.usage;
      evict(state, top, available);
      schedule(state, state.now + CLEANUP_POLL_MS, { k: 'eviction', node: name, gen, wait: { uid: top.pr.uid, since: state.now } });
      return;
    }
    schedule(state, state.now + EVICTION_INTERVAL_MS, { k: 'eviction', node: name, gen });
    return;
  }
  if (nr.pressureSeenAt === undefined) return;
  const until = nr.pressureSeenAt + PRESSURE_TRANSITION_MS;
  if (state.now < until) {
    schedule(state, until, { k: 'eviction', node: name, gen });
    return;
  }
  nr.pressureSeenAt = undefined;
  setPressure(state, name, false);
}
