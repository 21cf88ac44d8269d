// `kubectl describe node` (describe.go describeNode, describeNodeResource), v1.32.
import type { Node, Pod, Taint } from '../../api/types.js';
import { add, canonical, fromInt, type Quantity } from '../../quantity.js';
import type { ClusterEvent } from '../cluster.js';
import { nodeRoles } from '../tables/nodes.js';
import { writeEvents } from './events.js';
import { milli, podRequestsAndLimits, q, qs, whole } from './quantities.js';
import { DescribeWriter, formatTime, since, writeAnnotations, writeLabels } from './writer.js';
import { timestampMs } from '../../status/index.js';

/** A node's lease as `describeNodeLease` shows it; podlab's nodes renew with each heartbeat. */
export interface NodeLease {
  readonly holderIdentity?: string;
  readonly renewTime?: string;
}

function taintText(t: Taint): string {
  return `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}

function writeTaints(w: DescribeWriter, taints: readonly Taint[] | undefined): void {
  w.write(0, 'Taints:\t');
  if (!taints || taints.length === 0) return w.write(0, '<none>\n');
  const key = (t: Taint) => `${t.effect},${t.key}`;
  taints.slice().sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).forEach((t, i) => {
    if (i > 0) w.write(0, '\t');
    w.write(0, `${taintText(t)}\n`);
  });
}

const pct = (part: number, total: number) => (total === 0 ? 0 : Math.trunc((part / total) * 100));
const zero = fromInt(0);

function writeResourceList(w: DescribeWriter, list: Readonly<Record<string, string | number>>): void {
  for (const name of Object.keys(list).sort()) w.write(0, `  ${name}:\t${qs(list[name])}\n`);
}

function writePods(w: DescribeWriter, node: Node, pods: readonly Pod[], nowMs: number): void {
  const alloc = node.status?.allocatable && Object.keys(node.status.allocatable).length > 0 ? node.status.allocatable : node.status?.capacity ?? {};
  const cpu = milli(q(alloc.cpu));
  const mem = whole(q(alloc.memory));
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const totals = { requests: new Map<string, Quantity>(), limits: new Map<string, Quantity>() };
  for (const pod of pods) {
    const { requests, limits } = podRequestsAndLimits(pod.spec);
    for (const [k, v] of requests) totals.requests.set(k, add(totals.requests.get(k) ?? zero, v));
    for (const [k, v] of limits) totals.limits.set(k, add(totals.limits.get(k) ?? zero, v));
    const cell = (x: Quantity | undefined, total: number, m: boolean) => `${canonical(x ?? zero)} (${pct(m ? milli(x ?? zero) : whole(x ?? zero), total)}%)`;
    w.write(1, `${pod.metadata.namespace ?? ''}\t${pod.metadata.name ?? ''}\t\t${cell(requests.get('cpu'), cpu, true)}\t${cell(limits.get('cpu'), cpu, true)}\t`
      + `${cell(requests.get('memory'), mem, false)}\t${cell(limits.get('memory'), mem, false)}\t${since(timestampMs(pod.metadata.creationTimestamp), nowMs)}\n`);
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  const storage = whole(q(alloc['ephemeral-storage']));
  const rows: [string, number, boolean][] = [['cpu', cpu, true], ['memory', mem, false], ['ephemeral-storage', storage, false]];
  for (const [name, total, m] of rows) {
    const r = totals.requests.get(name) ?? zero;
    const l = totals.limits.get(name) ?? zero;
    const part = (x: Quantity) => pct(m ? milli(x) : whole(x), total);
    w.write(1, `${name}\t${canonical(r)} (${part(r)}%)\t${canonical(l)} (${part(l)}%)\n`);
  }
}

/** The describe text of a node, with its non-terminated pods and events. */
export function describeNode(node: Node, pods: readonly Pod[], events: readonly ClusterEvent[], lease: NodeLease | undefined, nowMs: number): string {
  const w = new DescribeWriter();
  const st = node.status ?? {};
  const info = st.nodeInfo ?? {};
  w.write(0, `Name:\t${node.metadata.name ?? ''}\n`);
  w.write(0, `Roles:\t${nodeRoles(node).join(',') || '<none>'}\n`);
  writeLabels(w, 'Labels', node.metadata.labels);
  writeAnnotations(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${formatTime(node.metadata.creationTimestamp)}\n`);
  writeTaints(w, node.spec?.taints);
  w.write(0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
  w.write(0, 'Lease:\n');
  w.write(1, `HolderIdentity:\t${lease?.holderIdentity ?? '<unset>'}\n`);
  w.write(1, 'AcquireTime:\t<unset>\n');
  w.write(1, `RenewTime:\t${lease?.renewTime ? formatTime(lease.renewTime) : '<unset>'}\n`);
  if (st.conditions && st.conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of st.conditions) {
      w.write(1, `${c.type} \t${c.status} \t${formatTime(c.lastHeartbeatTime)} \t${formatTime(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of st.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  if (st.capacity && Object.keys(st.capacity).length > 0) {
    w.write(0, 'Capacity:\n');
    writeResourceList(w, st.capacity);
  }
  if (st.allocatable && Object.keys(st.allocatable).length > 0) {
    w.write(0, 'Allocatable:\n');
    writeResourceList(w, st.allocatable);
  }
  w.write(0, 'System Info:\n');
  const sys: [string, string][] = [['Machine ID', 'machineID'], ['System UUID', 'systemUUID'], ['Boot ID', 'bootID'], ['Kernel Version', 'kernelVersion'],
    ['OS Image', 'osImage'], ['Operating System', 'operatingSystem'], ['Architecture', 'architecture'], ['Container Runtime Version', 'containerRuntimeVersion'],
    ['Kubelet Version', 'kubeletVersion'], ['Kube-Proxy Version', 'kubeProxyVersion']];
  for (const [label, key] of sys) w.write(0, `  ${label}:\t${info[key] ?? ''}\n`);
  if (node.spec?.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if (node.spec?.podCIDRs && node.spec.podCIDRs.length > 0) w.write(0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
  writePods(w, node, pods, nowMs);
  writeEvents(w, events, nowMs);
  return w.text();
}
