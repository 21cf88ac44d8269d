// What a kubelet handler works on: the state, the pod object, its runtime record and its node.
import type { Millis, Pod } from '../api/types.js';
import { kubeletEvent, schedule } from '../engine/emit.js';
import type { SimState } from '../engine/state.js';
import type { ContainerRuntime, NodeRuntime, PodRuntime } from './types.js';

export interface Ctx {
  readonly state: SimState;
  readonly pod: Pod;
  readonly pr: PodRuntime;
  readonly node: NodeRuntime;
}

/** The pod object this runtime record belongs to, if it is still stored under the same UID. */
export function podObject(state: SimState, pr: PodRuntime): Pod | undefined {
  const pod = state.store.objects.get('Pod')?.get(pr.key) as Pod | undefined;
  return pod && pod.metadata.uid === pr.uid ? pod : undefined;
}

/**
 * The context of a pod's kubelet work, or undefined when nothing can happen: the record is
 * gone, or its node's kubelet is down (a down kubelet neither acts nor posts status;
 * `evenIfDown` is for the processes themselves, which keep running through a partition).
 */
export function ctxFor(state: SimState, uid: string, evenIfDown = false): Ctx | undefined {
  const pr = state.pods.get(uid);
  if (!pr) return undefined;
  const node = state.nodes.get(pr.node);
  if (!node || (node.downAt !== undefined && !evenIfDown)) return undefined;
  const pod = podObject(state, pr);
  if (!pod) return undefined;
  return { state, pod, pr, node };
}

/** Queues a sync of the pod at `at`, unless one is already queued at or before it. */
export function requestSync(state: SimState, pr: PodRuntime, at: Millis): void {
  const when = Math.max(at, state.now);
  if (pr.nextSyncAt !== undefined && pr.nextSyncAt >= state.now && pr.nextSyncAt <= when) return;
  pr.nextSyncAt = when;
  schedule(state, when, { k: 'sync', uid: pr.uid, gen: pr.gen });
}

/** Records that the pass must retry at `at` (the earliest retry wins). */
export function retryAt(pr: PodRuntime, at: Millis): void {
  if (pr.retryAt === undefined || at < pr.retryAt) pr.retryAt = at;
}

export function markDirty(ctx: { readonly state: SimState; readonly pr: PodRuntime }): void {
  ctx.state.dirty.add(ctx.pr.uid);
}

export function podEvent(ctx: Ctx, type: 'Normal' | 'Warning', reason: string, message: string): void {
  kubeletEvent(ctx.state, ctx.pr, ctx.node.name, type, reason, message);
}

/** `<name>_<namespace>(<uid>)`, as kubelet messages name a pod (format.Pod). */
export function podDesc(pr: PodRuntime): string {
  return `${pr.name}_${pr.namespace}(${pr.uid})`;
}

export function containerAt(pr: PodRuntime, c: number): ContainerRuntime {
  return pr.containers[c];
}
