// activeDeadlineSeconds (pkg/kubelet/active_deadline.go): once the pod has been active on the
// node that long, the kubelet stops it and fails it with reason DeadlineExceeded.
import type { SimState } from '../engine/state.js';
import { ctxFor, markDirty, podEvent, requestSync } from './context.js';
import { beginTeardown } from './teardown.js';

const MESSAGE = 'Pod was active on the node longer than the specified deadline';

export function onActiveDeadline(state: SimState, uid: string): void {
  const ctx = ctxFor(state, uid);
  if (!ctx || ctx.pr.terminalPhase || ctx.pr.teardown) return;
  podEvent(ctx, 'Warning', 'DeadlineExceeded', MESSAGE);
  ctx.pr.reason = 'DeadlineExceeded';
  ctx.pr.message = MESSAGE;
  beginTeardown(ctx, 'deadline');
  markDirty(ctx);
  requestSync(state, ctx.pr, state.now);
}
