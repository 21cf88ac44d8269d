// Each node's kubelet-side record: where pod IPs come from (host-local IPAM over the node's
// podCIDR) and which images it holds.
import type { Node } from '../api/types.js';
import type { NodeRuntime } from './types.js';

/** `10.244.1.0/24` → `10.244.1.`; a missing CIDR gets `10.244.<index>.`. */
function cidrPrefix(node: Node, index: number): string {
  const cidr = node.spec?.podCIDR ?? node.spec?.podCIDRs?.[0];
  const m = cidr?.match(/^(\d+)\.(\d+)\.(\d+)\.\d+\/\d+$/);
  return m ? `${m[1]}.${m[2]}.${m[3]}.` : `10.244.${index}.`;
}

export function nodeInternalIP(node: Node, index: number): string {
  return node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? `192.168.1.${index + 2}`;
}

export function newNodeRuntime(node: Node, index: number): NodeRuntime {
  const images = new Set<string>();
  const prefix = cidrPrefix(node, index);
  for (const img of node.status?.images ?? []) for (const n of img.names) images.add(n);
  return {
    name: node.metadata.name ?? '',
    cidrPrefix: prefix,
    gatewayIP: `${prefix}1`,
    // Note: host-local IPAM hands out the subnet's first address to the bridge (cni0), so pods
    // start at .2 (plugins/ipam/host-local, rangeStart = network + 1 reserved for the gateway).
    nextHost: 2,
    hostIP: nodeInternalIP(node, index),
    images,
    pullFreeAt: 0,
    gen: 0,
    pods: new Set(),
  };
}

/** The next pod IP on the node. Addresses are not reused within a run (IPAM keeps a cursor). */
export function allocatePodIP(node: NodeRuntime): string {
  const host = node.nextHost;
  node.nextHost = host >= 254 ? 2 : host + 1;
  return `${node.cidrPrefix}${host}`;
}
