// Controllers watch what they own: a change to a pod (or ReplicaSet) wakes its owner's sync.
import type { KubeObject } from '../api/types.js';
import { schedule } from './emit.js';
import type { SimState } from './state.js';

/** Queues a reconcile of one workload now (once per time step). */
export function queueController(state: SimState, kind: 'ReplicaSet' | 'Deployment', namespace: string, name: string): void {
  const key = `${namespace}/${name}`;
  const tag = `${kind}/${key}`;
  if (state.ctrlQueued.has(tag)) return;
  state.ctrlQueued.add(tag);
  schedule(state, state.now, { k: 'ctrl', kind, key });
}

/** Wakes the controller that owns `obj` (its `controller: true` owner reference). */
export function notifyOwner(state: SimState, obj: KubeObject): void {
  const owner = obj.metadata.ownerReferences?.find((o) => o.controller);
  if (!owner) return;
  if (owner.kind === 'ReplicaSet' || owner.kind === 'Deployment') {
    queueController(state, owner.kind, obj.metadata.namespace ?? 'default', owner.name);
  }
}
