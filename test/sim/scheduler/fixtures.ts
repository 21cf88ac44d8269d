// Small builders for scheduler tests: pods and nodes in API shape with only what a case needs.
import type { Container, Node, Pod, PodSpec, Taint } from '../../../src/sim/api/types.js';
import { defaultNodes } from '../../../src/sim/scheduler/index.js';

type Requests = Readonly<Record<string, string>>;

export function container(name: string, requests?: Requests, extra: Partial<Container> = {}): Container {
  return { name, image: 'nginx', ...(requests ? { resources: { requests } } : {}), ...extra };
}

export function pod(name: string, spec: Partial<PodSpec> = {}, extra: Partial<Pod> = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}` },
    spec: { containers: [container('app')], ...spec },
    ...extra,
  };
}

/** A pod asking for these requests in one container. */
export function podWith(name: string, requests: Requests, spec: Partial<PodSpec> = {}, extra: Partial<Pod> = {}): Pod {
  return pod(name, { containers: [container('app', requests)], ...spec }, extra);
}

/** A bound pod, as it sits on a node. */
export function running(name: string, node: string, requests: Requests = {}, spec: Partial<PodSpec> = {}, startTime?: string): Pod {
  return podWith(name, requests, { nodeName: node, ...spec }, { status: { phase: 'Running', ...(startTime ? { startTime } : {}) } });
}

export function node(name: string, opts: {
  cpu?: string; memory?: string; pods?: string; labels?: Record<string, string>; taints?: Taint[];
  unschedulable?: boolean; images?: { names: string[]; sizeBytes: number }[];
} = {}): Node {
  const allocatable = { cpu: opts.cpu ?? '2', memory: opts.memory ?? '4Gi', pods: opts.pods ?? '110', 'ephemeral-storage': '20Gi' };
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...opts.labels } },
    spec: { taints: opts.taints, unschedulable: opts.unschedulable },
    status: { capacity: allocatable, allocatable, images: opts.images },
  };
}

/** The default cluster with a change applied to some nodes. */
export function cluster(change: (n: Node) => Node = (n) => n): Node[] {
  return defaultNodes().map(change);
}

export const workers = (f: (n: Node) => Node) => (n: Node): Node => (n.metadata.name === 'controlplane' ? n : f(n));

export function withTaint(n: Node, taint: Taint): Node {
  return { ...n, spec: { ...n.spec, taints: [...(n.spec?.taints ?? []), taint] } };
}

export function withLabels(n: Node, labels: Record<string, string>): Node {
  return { ...n, metadata: { ...n.metadata, labels: { ...n.metadata.labels, ...labels } } };
}

export function byNode(...pods: Pod[]): Map<string, Pod[]> {
  const m = new Map<string, Pod[]>();
  for (const p of pods) m.set(p.spec.nodeName ?? '', [...(m.get(p.spec.nodeName ?? '') ?? []), p]);
  return m;
}

export const CP_TAINT = 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }';
export const NOT_HELPFUL_3 = 'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';
