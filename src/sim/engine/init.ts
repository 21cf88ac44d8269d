// `init(input, seed)`: the cluster as kubeadm leaves it (system namespaces, the `kubernetes` and
// `kube-dns` Services, the default nodes unless the input declares its own), then the input's
// objects created in order at t = 0 and the Scenario's actions put on the clock.
import type { KubeObject, Namespace, Service } from '../api/types.js';
import { emptyEventLog } from '../events.js';
import { seedRng } from '../rng.js';
import { defaultNodes } from '../scheduler/index.js';
import { emptyStore } from '../store/store.js';
import { emptyQueue } from '../timer-queue.js';
import type { SimInput } from './commands-types.js';
import { createObject } from './create.js';
import { schedule, warn } from './emit.js';
import { flushDirty } from './pods.js';
import type { SimState } from './state.js';

export const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'] as const;

function namespace(name: string): Namespace {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } } };
}

/** The Services every kubeadm cluster has, at kubeadm's addresses. */
const SYSTEM_SERVICES: readonly Service[] = [
  {
    apiVersion: 'v1', kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: { type: 'ClusterIP', clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] },
  },
  {
    apiVersion: 'v1', kind: 'Service',
    metadata: { name: 'kube-dns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' } },
    spec: {
      type: 'ClusterIP', clusterIP: '10.96.0.10', selector: { 'k8s-app': 'kube-dns' },
      ports: [{ name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 }, { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 }, { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 }],
    },
  },
];

export function emptyState(startEpochMs: number, seed: number): SimState {
  return {
    now: 0, startEpochMs, rng: seedRng(seed), queue: emptyQueue(), store: emptyStore(), nodes: new Map(), pods: new Map(),
    records: new Map(), printed: new Map(), events: emptyEventLog(), warnings: [], scenarioImages: [], actions: [], toSchedule: new Set(),
    unschedulable: new Set(), scheduleQueued: false, schedQueue: new Map(), dirty: new Set(), clusterIPs: new Map(), taintTimers: new Map(),
    faults: new Map(), ctrlQueued: new Set(), out: [], parkEpoch: 0,
  };
}

function createOrWarn(state: SimState, obj: KubeObject): void {
  const r = createObject(state, obj);
  if (!r.ok) warn(state, `${obj.kind.toLowerCase()}/${obj.metadata.name ?? ''}`, r.message);
}

export function initState(input: SimInput, seed: number): SimState {
  const base = emptyState(input.startEpochMs, seed);
  const state: SimState = { ...base, scenarioImages: input.scenario?.images ?? [], actions: input.scenario?.actions ?? [] };
  const declared = new Set(input.objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name));
  for (const ns of SYSTEM_NAMESPACES) if (!declared.has(ns)) createOrWarn(state, namespace(ns));
  const hasNodes = input.objects.some((o) => o.kind === 'Node');
  if (!hasNodes) for (const node of defaultNodes()) createOrWarn(state, node);
  for (const svc of SYSTEM_SERVICES) createOrWarn(state, svc);
  // Namespaces and nodes first, so objects that need them find them whatever the file order.
  const rank = (o: KubeObject) => (o.kind === 'Namespace' ? 0 : o.kind === 'Node' ? 1 : 2);
  const ordered = input.objects.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i).map((x) => x.o);
  for (const obj of ordered) createOrWarn(state, obj);
  state.actions.forEach((a, i) => schedule(state, a.at, { k: 'action', i }));
  flushDirty(state);
  return state;
}
