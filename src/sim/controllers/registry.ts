// Which controller reconciles which kind.
import type { SimState } from '../engine/state.js';
import { getObject } from '../store/store.js';
import { deploymentController } from './deployment.js';
import { replicaSetController } from './replicaset.js';

/** Runs the controller of `kind` for the object at `namespace/name`, if it still exists. */
export function syncController(state: SimState, kind: 'ReplicaSet' | 'Deployment', key: string): void {
  const [ns, name] = key.split('/');
  if (kind === 'ReplicaSet') {
    const rs = getObject(state.store, 'ReplicaSet', ns, name);
    if (rs) replicaSetController.sync(state, rs);
  } else {
    const d = getObject(state.store, 'Deployment', ns, name);
    if (d) deploymentController.sync(state, d);
  }
}
