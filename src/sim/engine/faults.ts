// Faults a Scenario injects: into one container (kill it, fail an HTTP path, fail a probe) or
// into a node (its kubelet goes quiet, its memory runs low).
import { assertNever } from '../../util/assert-never.js';
import { ctxFor } from '../kubelet/context.js';
import { memoryPressure, memoryRelief } from '../kubelet/eviction.js';
import { applyStep, containerExited } from '../kubelet/process.js';
import { signalProcess } from '../kubelet/runtime.js';
import type { PodRuntime } from '../kubelet/types.js';
import { instanceWorld } from '../kubelet/world.js';
import { getObject } from '../store/store.js';
import type { CommandOutcome, ContainerRef, Fault } from './commands-types.js';
import { refused } from './create.js';
import { nodeDown, nodeUp } from './node-lifecycle.js';
import type { SimState } from './state.js';

function target(state: SimState, ref: ContainerRef): { pr: PodRuntime; c: number } | CommandOutcome {
  const ns = ref.namespace ?? 'default';
  const pod = getObject(state.store, 'Pod', ns, ref.pod);
  if (!pod) return refused({ reason: 'NotFound', resource: 'pods', name: ref.pod }, `pods "${ref.pod}" not found`);
  const pr = state.pods.get(pod.metadata.uid ?? '');
  const c = pr ? (ref.container ? pr.containers.findIndex((x) => x.name === ref.container) : pr.containers.findIndex((x) => x.kind === 'app')) : -1;
  if (!pr || c < 0) {
    return refused({ reason: 'BadRequest', kind: 'Pod', version: 'v1', detail: 'no such container', causes: [] },
      `container ${ref.container ?? ''} is not valid for pod ${ref.pod}`);
  }
  return { pr, c };
}

const NODE_NOT_FOUND = (name: string): CommandOutcome => refused({ reason: 'NotFound', resource: 'nodes', name }, `nodes "${name}" not found`);

export function applyFault(state: SimState, fault: Fault): CommandOutcome {
  const done: CommandOutcome = { ok: true, action: 'injected' };
  switch (fault.type) {
    case 'killContainer': {
      const t = target(state, fault.target);
      if ('ok' in t) return t;
      const ctx = ctxFor(state, t.pr.uid);
      const rt = t.pr.containers[t.c];
      const inst = rt.current;
      if (!ctx || !inst || inst.exit) return done;
      const w = instanceWorld(state, t.pr, rt, inst);
      const out = signalProcess(inst.proc, fault.signal ?? 'SIGKILL', w.world);
      w.commit();
      applyStep(ctx, t.c, inst, out);
      if (!inst.exit && (fault.signal ?? 'SIGKILL') === 'SIGKILL') containerExited(ctx, t.c, inst, { code: 137, reason: 'Error', at: state.now });
      return done;
    }
    case 'httpFail': {
      const t = target(state, fault.target);
      if ('ok' in t) return t;
      const key = `${t.pr.uid}/${t.pr.containers[t.c].name}`;
      const prev = state.faults.get(key);
      const http = [{ ...(fault.path ? { path: fault.path } : {}), ...(fault.port ? { port: fault.port } : {}), status: fault.status }, ...(prev?.http ?? [])];
      state.faults.set(key, { ...prev, http });
      return done;
    }
    case 'probeFail': {
      const t = target(state, fault.target);
      if ('ok' in t) return t;
      const slot = t.pr.containers[t.c].probes[fault.probe];
      if (slot) slot.failUntil = fault.until ?? Number.POSITIVE_INFINITY;
      return done;
    }
    case 'nodeDown':
      return state.nodes.has(fault.node) ? (nodeDown(state, fault.node), done) : NODE_NOT_FOUND(fault.node);
    case 'nodeUp':
      return state.nodes.has(fault.node) ? (nodeUp(state, fault.node), done) : NODE_NOT_FOUND(fault.node);
    case 'memoryPressure':
      return state.nodes.has(fault.node) ? (memoryPressure(state, fault.node, fault.availableBytes), done) : NODE_NOT_FOUND(fault.node);
    case 'memoryRelief':
      return state.nodes.has(fault.node) ? (memoryRelief(state, fault.node), done) : NODE_NOT_FOUND(fault.node);
    default:
      return assertNever(fault);
  }
}
