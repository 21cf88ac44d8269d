// A pod object removed without a grace period (`--grace-period=0 --force`, or never started):
// the kubelet still stops whatever runs, at once, and forgets the pod.
import { kubeletEvent } from '../engine/emit.js';
import type { SimState } from '../engine/state.js';

export function forceRemovePod(state: SimState, uid: string): void {
  const pr = state.pods.get(uid);
  if (!pr) return;
  const node = state.nodes.get(pr.node);
  for (const rt of pr.containers) {
    const inst = rt.current;
    if (!inst || inst.exit) continue;
    if (node && node.downAt === undefined) kubeletEvent(state, pr, pr.node, 'Normal', 'Killing', `Stopping container ${rt.name}`);
    inst.exit = { code: 137, reason: 'Error', at: state.now };
    inst.wakeGen++;
  }
  pr.isActive = false;
  pr.gen++;
  state.pods.delete(uid);
  node?.pods.delete(uid);
}
