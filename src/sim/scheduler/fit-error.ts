// The FailedScheduling message, as `FitError.Error()` builds it (pkg/scheduler/framework/types.go):
//   0/N nodes are available: [<PreFilterMsg>.] [<histogram>.] [<PostFilterMsg>]
// The histogram counts each reason of each rejected node, adds the "absent node" reasons for
// nodes a PreFilter left out, and sorts the `<count> <reason>` strings as plain strings, so
// `1 node(s) had ...` sorts before `2 Insufficient cpu` and `10 ...` before `2 ...`.
import type { NodeFailure } from './types.js';

/** What FitError needs: the explicit per-node rejections, and what the other nodes count as. */
export interface Diagnosis {
  readonly failures: readonly NodeFailure[];
  /** Reasons given to every node not listed in `failures` (e.g. a PreFilter's verdict). */
  readonly absentReasons?: readonly string[];
  /** A PreFilter rejection for the whole pod; replaces the histogram. */
  readonly preFilterMsg?: string;
}

/** `sort.Strings`: byte order, which for these ASCII strings is code-unit order. */
function goSortStrings(items: string[]): string[] {
  return items.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function histogram(numAllNodes: number, d: Diagnosis): string[] {
  const counts = new Map<string, number>();
  const bump = (reason: string, by: number) => counts.set(reason, (counts.get(reason) ?? 0) + by);
  for (const f of d.failures) for (const r of f.reasons) bump(r, 1);
  const absent = numAllNodes - d.failures.length;
  if (absent > 0) for (const r of d.absentReasons ?? []) bump(r, absent);
  return goSortStrings([...counts].map(([reason, n]) => `${n} ${reason}`));
}

export function fitErrorMessage(numAllNodes: number, d: Diagnosis, postFilterMsg = ''): string {
  let msg = `0/${numAllNodes} nodes are available:`;
  if (d.preFilterMsg) {
    msg += ` ${d.preFilterMsg}.`;
  } else {
    const items = histogram(numAllNodes, d);
    if (items.length > 0) msg += ` ${items.join(', ')}.`;
  }
  if (postFilterMsg) msg += ` ${postFilterMsg}`;
  return msg;
}
