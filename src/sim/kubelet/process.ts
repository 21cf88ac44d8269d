// A container's main process over time: logs, wake-ups, the cgroup OOM killer, and its exit as
// the runtime reports it (containerd's Completed / Error / OOMKilled / StartError).
import type { Millis } from '../api/types.js';
import { schedule, warn } from '../engine/emit.js';
import type { SimState } from '../engine/state.js';
import type { StepOutput } from '../proc/types.js';
import { pushLog } from './log-buffer.js';
import { ctxFor, markDirty, requestSync, type Ctx } from './context.js';
import { killOpDone } from './sync.js';
import { memoryCrossingAt, stepProcess } from './runtime.js';
import type { ContainerRuntime, ExitInfo, Instance } from './types.js';
import { instanceWorld } from './world.js';

/** The kubelet notices a container state change at its next PLEG relist (1 s period). */
export const PLEG_RELIST_MS: Millis = 1000;
/** containerd's exit code for a container that could not start. */
const START_ERROR_CODE = 128;

/** containerd's terminated reason for an exit code (pkg/cri/server/helpers.go). */
function exitReason(code: number): string {
  return code === 0 ? 'Completed' : 'Error';
}

/** Feeds a process's output into its instance: logs, warnings, the next wake-up or its exit. */
export function applyStep(ctx: Ctx, c: number, inst: Instance, out: StepOutput<unknown>): void {
  const { state, pr } = ctx;
  inst.proc = out.proc;
  for (const line of out.logs) pushLog(inst.logs, line);
  for (const w of out.warnings) warn(state, `pod/${pr.name}`, `${pr.containers[c].name}: ${w}`);
  if (out.exit) {
    const exit = out.exit;
    if (exit.startError !== undefined) {
      containerExited(ctx, c, inst, { code: START_ERROR_CODE, reason: 'StartError', message: exit.startError, at: state.now });
    } else {
      containerExited(ctx, c, inst, { code: exit.code, reason: exitReason(exit.code), at: state.now });
    }
    return;
  }
  inst.wakeGen++;
  let wake = out.wakeAt;
  if (inst.memoryLimit !== undefined) {
    const oom = memoryCrossingAt(inst.proc, inst.memoryLimit, state.now);
    if (oom !== undefined && oom <= state.now) {
      oomKill(ctx, c, inst);
      return;
    }
    if (oom !== undefined && (wake === undefined || oom < wake)) wake = oom;
  }
  if (wake !== undefined) {
    schedule(state, wake, { k: 'proc', uid: pr.uid, c, id: inst.id, gen: inst.wakeGen });
  }
}

/** The cgroup's memory limit was exceeded: the kernel kills the process (SIGKILL, 137). */
export function oomKill(ctx: Ctx, c: number, inst: Instance): void {
  containerExited(ctx, c, inst, { code: 137, reason: 'OOMKilled', at: ctx.state.now });
}

/** The instance is over: record the exit; the kubelet reacts at its next relist. */
export function containerExited(ctx: Ctx, c: number, inst: Instance, exit: ExitInfo): void {
  if (inst.exit) return;
  inst.exit = exit;
  inst.wakeGen++;
  inst.killing = undefined;
  const { pr, state } = ctx;
  const killOp = pr.op?.kind === 'kill' && pr.op.containers.includes(c) ? pr.op : undefined;
  // Note: a probe kill and the restart happen in one SyncPod, so no status is posted between.
  if (!(killOp && pr.killedInPass.has(c))) markDirty(ctx);
  requestSync(state, pr, state.now + PLEG_RELIST_MS);
  if (killOp && killOp.containers.every((i) => pr.containers[i].current?.exit)) killOpDone(state, pr.uid);
}

/** A `proc` timer: step the process if the instance is still the one that asked. */
export function onProcWake(state: SimState, uid: string, c: number, id: string, gen: number): void {
  const ctx = ctxFor(state, uid, true);
  if (!ctx) return;
  const rt: ContainerRuntime | undefined = ctx.pr.containers[c];
  const inst = rt?.current;
  if (!inst || inst.id !== id || inst.wakeGen !== gen || inst.exit) return;
  const w = instanceWorld(state, ctx.pr, rt, inst);
  const out = stepProcess(inst.proc, w.world);
  w.commit();
  applyStep(ctx, c, inst, out);
}
