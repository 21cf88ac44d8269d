// Shared helpers for engine, kubelet and controller tests: manifests in, a state out.
import type { KubeObject } from '../../../src/sim/api/types.js';
import { apply, getPod, init, runUntil, type SimCommand, type SimState } from '../../../src/sim/index.js';
import { loadObjects, START } from '../golden/harness.js';

export { loadObjects, START };

/** A fresh cluster (default nodes) with the manifest's objects, at t = 0. */
export function cluster(yaml: string, seed = 1): SimState {
  return init({ objects: loadObjects(yaml), startEpochMs: START }, seed);
}

export function run(state: SimState, t: number): SimState {
  return runUntil(state, t)[0];
}

export function act(state: SimState, command: SimCommand): ReturnType<typeof apply> {
  return apply(state, command);
}

export function createCmd(yaml: string): SimCommand {
  return { kind: 'create', object: loadObjects(yaml)[0] as KubeObject };
}

/** The STATUS of the last `get pods -w` row of a pod. */
export function lastRow(state: SimState, name: string): { ready: string; status: string; restarts: number } | undefined {
  const rec = [...state.records.values()].filter((r) => r.name === name).pop();
  return rec?.rows[rec.rows.length - 1];
}

export function pod(state: SimState, name: string, namespace = 'default') {
  return getPod(state, namespace, name);
}

/** A one-container pod manifest. */
export function podYaml(name: string, container: string, extra = ''): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${extra}  containers:
${container}`;
}
