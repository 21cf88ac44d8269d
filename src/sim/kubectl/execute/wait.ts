// A command that waits for objects to be gone and then does more: `replace --force` deletes,
// waits, and creates. The kubectl layer has no clock; the shell runs the clock through
// `continueWait`, which looks at the cluster when kubectl would and runs the rest there.
import type { ClusterView } from '../cluster.js';
import type { WaitList } from './delete.js';
import type { Cluster, KubectlOutput } from './types.js';

/** How finely a watch (which sees the moment an object goes) is stood in for. */
export const WATCH_STEP_MS = 100;

/** The rest of a command, run once the objects it waits for are gone. */
export interface Continuation {
  /** Cluster clock (epoch ms, as `view.nowMs`) when the wait began: kubectl looks then, and every `pollMs` after. */
  readonly sinceMs: number;
  /** 0: kubectl watches instead of polling. */
  readonly pollMs: number;
  /** kubectl gives up this long after `sinceMs` and prints `timedOut` instead. */
  readonly timeoutMs: number;
  /** The rest of the command, against the cluster as it is then. */
  readonly run: (cluster: Cluster) => KubectlOutput;
  readonly timedOut: KubectlOutput;
}

/** Whether every object waited for is gone. */
export const allGone = (waitFor: WaitList, view: ClusterView): boolean =>
  waitFor.every((w) => view.get(w.kind, w.namespace, w.name) === undefined);

const stepOf = (c: Continuation): number => (c.pollMs > 0 ? c.pollMs : WATCH_STEP_MS);

/** The first time at or after `ms` when kubectl looks. */
export function nextLook(c: Continuation, ms: number): number {
  const step = stepOf(c);
  return c.sinceMs + Math.max(0, Math.ceil((ms - c.sinceMs) / step)) * step;
}

/**
 * Runs the clock (`advance`, to a cluster clock in epoch ms) on towards `toMs`, looking when
 * kubectl looks. When the objects are gone it stops there and returns the rest's output (or
 * the time-out's when kubectl gives up first); undefined when still waiting at `toMs`.
 */
export function continueWait(
  waitFor: WaitList, c: Continuation, cluster: Cluster, advance: (epochMs: number) => void, toMs: number,
): KubectlOutput | undefined {
  for (let at = nextLook(c, cluster.view.nowMs); at <= toMs; at += stepOf(c)) {
    advance(at);
    if (allGone(waitFor, cluster.view)) return c.run(cluster);
    if (at - c.sinceMs >= c.timeoutMs) return c.timedOut;
  }
  advance(toMs);
  return undefined;
}
