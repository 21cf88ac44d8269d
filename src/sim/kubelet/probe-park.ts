// A probe that keeps succeeding while nothing it depends on changes repeats the same tick every
// period: the same answer, one more success in a row, the same access-log line at a new time.
// Such a worker is "parked": its timer still fires at every period (so the order of everything
// that happens at the same millisecond is untouched), but the tick only does what the full tick
// would have done, without running the probe again.
// A park holds while nothing that could change the answer has happened since it was made:
// - no handler has worked on the pod (`PodRuntime.touch`, bumped for each one);
// - no command, and no handler outside one pod (scheduler, controllers, node monitor, eviction)
//   has run (`SimState.parkEpoch`);
// - no ConfigMap, Secret or pod spec changed (`Store.mountsRv`);
// and a park is only made when the answer cannot change with time alone (see probes.ts).
import { schedule } from '../engine/emit.js';
import type { SimState, Task } from '../engine/state.js';
import { pushLog, pushStamped, type LogBuffer, type StampedText } from './log-buffer.js';
import type { PodRuntime, ProbeSlot } from './types.js';

/** What a parked worker's tick does. */
export interface ProbePark {
  readonly epoch: number;
  readonly touch: number;
  readonly mounts: number;
  readonly pr: PodRuntime;
  /** The probe runs (one more success in a row); false for a tick that skips the probe. */
  readonly runs: boolean;
  /** The line the answering server writes to its log for each request. */
  readonly log?: { readonly buf: LogBuffer; readonly text: StampedText | string };
}

/** Parks `slot` as of now: its next ticks repeat this one until something changes. */
export function park(state: SimState, slot: ProbeSlot, pr: PodRuntime, runs: boolean, log?: ProbePark['log']): void {
  slot.park = { epoch: state.parkEpoch, touch: pr.touch, mounts: state.store.mountsRv, pr, runs, ...(log ? { log } : {}) };
}

/**
 * A tick of a parked worker: true when the park still holds and the tick is done; false (and
 * the park dropped) when the full tick must run.
 */
export function tickParked(state: SimState, slot: ProbeSlot, task: Extract<Task, { k: 'probe' }>): boolean {
  const p = slot.park!;
  if (p.epoch !== state.parkEpoch || p.touch !== p.pr.touch || p.mounts !== state.store.mountsRv || task.gen !== slot.gen) {
    slot.park = undefined;
    return false;
  }
  const w = slot.worker;
  schedule(state, state.now + w.probe.periodSeconds * 1000, task);
  if (!p.runs) return true;
  // Note: afterProbe with the same result again only lengthens the run of equal results.
  w.resultRun++;
  const log = p.log;
  if (log) {
    if (typeof log.text === 'string') pushLog(log.buf, { at: state.now, stream: 'stdout', text: log.text });
    else pushStamped(log.buf, state.now, 'stdout', log.text);
  }
  return true;
}
