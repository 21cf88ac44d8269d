// One timer firing: hand the task to its component.
import { assertNever } from '../../util/assert-never.js';
import { syncController } from '../controllers/registry.js';
import { onActiveDeadline } from '../kubelet/deadline.js';
import { onEvictionTick } from '../kubelet/eviction.js';
import { onStop } from '../kubelet/kill.js';
import { onProbeTick } from '../kubelet/probes.js';
import { onProcWake } from '../kubelet/process.js';
import { onOpDone, syncPod } from '../kubelet/sync.js';
import { runCommand } from './commands.js';
import { onBoundPodSeen } from './create.js';
import { warn } from './emit.js';
import { onNodeMonitor, onTaintEvict } from './node-lifecycle.js';
import { onRequeue } from './sched-queue.js';
import { runScheduler } from './scheduling.js';
import type { SimState, Task } from './state.js';

/** A handler is about to work on one pod: that pod's parked probe workers must run again. */
function touch(state: SimState, uid: string): void {
  const pr = state.pods.get(uid);
  if (pr) pr.touch++;
}

export function dispatch(state: SimState, task: Task): void {
  // Probe ticks are most timers: handled first, with one read of the (polymorphic) kind.
  // Note: a probe tick bumps the pod's touch itself, only when it changed something.
  if (task.k === 'probe') {
    onProbeTick(state, task);
    return;
  }
  // A `requeue` only queues a scheduling cycle, whose own `schedule` timer unparks the workers.
  if (task.k === 'sync' || task.k === 'op' || task.k === 'proc' || task.k === 'stop' || task.k === 'taintEvict' || task.k === 'deadline' || task.k === 'requeue') {
    touch(state, task.uid);
  } else {
    state.parkEpoch++;
  }
  switch (task.k) {
    case 'schedule':
      runScheduler(state);
      return;
    case 'requeue':
      onRequeue(state, task.uid, task.gen);
      return;
    case 'sync': {
      const pr = state.pods.get(task.uid);
      if (pr && pr.gen === task.gen) syncPod(state, task.uid);
      return;
    }
    case 'op': {
      const pr = state.pods.get(task.uid);
      if (pr && pr.gen === task.gen) onOpDone(state, task.uid);
      return;
    }
    case 'proc':
      onProcWake(state, task.uid, task.c, task.id, task.gen);
      return;
    case 'stop':
      onStop(state, task.uid, task.c, task.id, task.phase);
      return;
    case 'ctrl':
      state.ctrlQueued.delete(`${task.kind}/${task.key}`);
      syncController(state, task.kind, task.key);
      return;
    case 'action': {
      const action = state.actions[task.i];
      if (!action) return;
      const r = runCommand(state, action.command);
      if (!r.ok) warn(state, '', r.message);
      return;
    }
    case 'nodeMonitor':
      onNodeMonitor(state, task.node, task.gen);
      return;
    case 'taintEvict':
      onTaintEvict(state, task.uid, task.node, task.gen);
      return;
    case 'admit':
      onBoundPodSeen(state, task.uid);
      return;
    case 'deadline':
      onActiveDeadline(state, task.uid);
      return;
    case 'eviction':
      onEvictionTick(state, task.node, task.gen, task.wait);
      return;
    default:
      assertNever(task);
  }
}
