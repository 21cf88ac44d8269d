// The kubelet's last word on a deleted pod: once every container has stopped, the status
// manager deletes the object for good (grace period 0), and the pod's runtime record goes.
import { removePodObject } from '../engine/pods.js';
import type { Ctx } from './context.js';

export function removeDeletedPod(ctx: Ctx): void {
  removePodObject(ctx.state, ctx.pod);
  ctx.state.pods.delete(ctx.pr.uid);
  ctx.node.pods.delete(ctx.pr.uid);
}
