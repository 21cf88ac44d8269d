// `kubectl exec`: a command run inside a running container, against its filesystem.
import type { ExecOutcome } from '../kubelet/runtime.js';
import { execInContainer } from '../kubelet/runtime.js';
import { instanceWorld } from '../kubelet/world.js';
import { getObject } from '../store/store.js';
import type { CommandOutcome, ContainerRef } from './commands-types.js';
import { refused } from './create.js';
import { flushDirty } from './pods.js';
import type { SimState } from './state.js';

export interface ExecRequest {
  readonly namespace?: string;
  readonly pod: string;
  /** Default: the pod's first container. */
  readonly container?: string;
  readonly command: readonly string[];
  /** Give up after this long (default 1 hour). */
  readonly timeoutMs?: number;
}

export type ExecResult = ({ readonly ok: true } & ExecOutcome) | { readonly ok: false; readonly message: string };

export function execInPod(state: SimState, req: ExecRequest): [SimState, ExecResult] {
  // The command may change the container's files: parked probe workers must look again.
  state.parkEpoch++;
  const ns = req.namespace ?? 'default';
  const pod = getObject(state.store, 'Pod', ns, req.pod);
  if (!pod) return [state, { ok: false, message: `pods "${req.pod}" not found` }];
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    return [state, { ok: false, message: `cannot exec into a container in a completed pod; current phase is ${phase}` }];
  }
  const name = req.container ?? pod.spec.containers[0]?.name ?? '';
  const pr = state.pods.get(pod.metadata.uid ?? '');
  const rt = pr?.containers.find((c) => c.name === name);
  if (!rt && ![...pod.spec.containers, ...(pod.spec.initContainers ?? [])].some((c) => c.name === name)) {
    return [state, { ok: false, message: `container ${name} is not valid for pod ${req.pod}` }];
  }
  const inst = rt?.current;
  if (!pr || !rt || !inst || inst.exit) {
    return [state, { ok: false, message: `unable to upgrade connection: container not found ("${name}")` }];
  }
  const w = instanceWorld(state, pr, rt, inst);
  const r = execInContainer(inst.proc, req.command, w.world, req.timeoutMs ?? 3_600_000);
  w.commit();
  state.dirty.add(pr.uid);
  flushDirty(state);
  return [state, { ok: true, ...r }];
}

/**
 * The `exec` command (a Scenario's `kubectl exec`): runs the command as execInPod does; what it
 * printed goes nowhere, as with no terminal attached. A pod or container kubectl could not
 * reach is a refusal.
 */
export function execCommand(state: SimState, target: ContainerRef, command: readonly string[]): CommandOutcome {
  const ns = target.namespace ?? 'default';
  if (!getObject(state.store, 'Pod', ns, target.pod)) {
    return refused({ reason: 'NotFound', resource: 'pods', name: target.pod }, `pods "${target.pod}" not found`);
  }
  const [, r] = execInPod(state, { namespace: ns, pod: target.pod, ...(target.container ? { container: target.container } : {}), command });
  if (!r.ok) return refused({ reason: 'BadRequest', kind: 'Pod', version: 'v1', detail: r.message, causes: [] }, r.message);
  return { ok: true, action: 'executed' };
}
