// The cluster a run gets when its input declares no Node (DESIGN.md, "The default cluster"):
// a kubeadm-style control plane and two workers, 2 CPU and 4Gi allocatable memory each.
// Timestamps and UIDs are left to the engine, which stamps them like any created object.
import type { Node, NodeCondition } from '../api/types.js';

/** The kubelet version the default nodes report (`kubectl get nodes` VERSION). */
export const DEFAULT_KUBELET_VERSION = 'v1.33.1';

/**
 * Capacity and allocatable as a kubelet with kubeadm's defaults reports them: allocatable
 * memory is capacity minus the 100Mi hard eviction threshold, allocatable ephemeral-storage is
 * capacity minus the 10% nodefs threshold (printed in plain bytes, as the kubelet does).
 */
const CAPACITY = {
  cpu: '2', 'ephemeral-storage': '20Gi', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '4196Mi', pods: '110',
} as const;
const ALLOCATABLE = {
  cpu: '2', 'ephemeral-storage': '19327352832', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '4Gi', pods: '110',
} as const;

/** The four conditions a healthy kubelet posts, with its reasons and messages. */
export const HEALTHY_NODE_CONDITIONS: readonly NodeCondition[] = [
  { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
  { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
  { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
  { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
];

interface Spec {
  readonly name: string;
  readonly ip: string;
  readonly podCIDR: string;
  readonly controlPlane: boolean;
}

const SPECS: readonly Spec[] = [
  { name: 'controlplane', ip: '192.168.1.2', podCIDR: '10.244.0.0/24', controlPlane: true },
  { name: 'node01', ip: '192.168.1.3', podCIDR: '10.244.1.0/24', controlPlane: false },
  { name: 'node02', ip: '192.168.1.4', podCIDR: '10.244.2.0/24', controlPlane: false },
];

function makeNode(s: Spec): Node {
  const roleLabels: Record<string, string> = s.controlPlane
    ? { 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' }
    : {};
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: s.name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': s.name, 'kubernetes.io/os': 'linux', ...roleLabels,
      },
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: s.podCIDR,
      podCIDRs: [s.podCIDR],
      ...(s.controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' as const }] } : {}),
    },
    status: {
      capacity: { ...CAPACITY },
      allocatable: { ...ALLOCATABLE },
      conditions: HEALTHY_NODE_CONDITIONS,
      addresses: [{ type: 'InternalIP', address: s.ip }, { type: 'Hostname', address: s.name }],
      nodeInfo: {
        architecture: 'amd64', operatingSystem: 'linux', osImage: 'Ubuntu 24.04.2 LTS',
        kernelVersion: '6.8.0-60-generic', containerRuntimeVersion: 'containerd://1.7.27',
        kubeletVersion: DEFAULT_KUBELET_VERSION, kubeProxyVersion: DEFAULT_KUBELET_VERSION,
      },
    },
  };
}

/** Fresh Node objects of the default cluster, in the order `kubectl get nodes` lists them. */
export function defaultNodes(): Node[] {
  return SPECS.map(makeNode);
}
