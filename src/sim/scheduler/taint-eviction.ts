// The taint eviction controller's verdict for a pod on a node with NoExecute taints
// (`processPodOnNode` and `getMinTolerationTime` in pkg/controller/tainteviction/taint_eviction.go).
import type { Node, Pod } from '../api/types.js';
import { matchingTolerations } from './tolerations.js';

export type NoExecuteVerdict =
  | { readonly evict: 'now' }
  | { readonly evict: 'after'; readonly seconds: number }
  | { readonly evict: 'never' };

/**
 * - No NoExecute taint on the node: never (the controller does not track the node at all).
 * - Some NoExecute taint not tolerated: now.
 * - All tolerated: the smallest `tolerationSeconds` among the tolerations used (the first
 *   matching toleration of each taint); zero or negative means now; none set means never.
 * Note: the clock starts when the controller first sees the taint; a later, shorter
 * toleration does not restart it (the caller keeps that start time).
 */
export function noExecuteTaintEffect(pod: Pod, node: Node): NoExecuteVerdict {
  const taints = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
  if (taints.length === 0) return { evict: 'never' };
  const used = matchingTolerations(taints, pod.spec.tolerations);
  if (!used) return { evict: 'now' };
  let min = Number.POSITIVE_INFINITY;
  for (const t of used) {
    if (t.tolerationSeconds === undefined) continue;
    if (t.tolerationSeconds <= 0) return { evict: 'now' };
    min = Math.min(min, t.tolerationSeconds);
  }
  return min === Number.POSITIVE_INFINITY ? { evict: 'never' } : { evict: 'after', seconds: min };
}

/** The condition the controller patches onto the pod just before deleting it. */
export const TAINT_EVICTION_CONDITION = {
  type: 'DisruptionTarget',
  status: 'True',
  reason: 'DeletionByTaintManager',
  message: 'Taint manager: deleting due to NoExecute taint',
} as const;
