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
import { warn } from './emit.js';
import { onNodeMonitor, onTaintEvict } from './node-lifecycle.js';
import { runScheduler } from './scheduling.js';
import type { SimState, Task } from './state.js';

export function dispatch(state: SimState, task: Task): void {
  switch (task.k) {
    case 'schedule':
      runScheduler(state);
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
    case 'probe':
      onProbeTick(state, task.uid, task.c, task.probe, task.gen, task);
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
    case 'deadline':
      onActiveDeadline(state, task.uid);
      return;
    case 'eviction':
      onEvictionTick(state, task.node, task.gen);
      return;
    default:
      assertNever(task);
  }
}
