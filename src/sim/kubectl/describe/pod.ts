// `kubectl describe pod` (describe.go describePod), byte for byte as kubectl v1.32 prints it.
import type { Pod, Toleration } from '../../api/types.js';
import { getPodQOS, timestampMs } from '../../status/index.js';
import type { ClusterEvent } from '../cluster.js';
import { writeContainers, writeResources } from './containers.js';
import { writeEvents } from './events.js';
import { writeVolumes } from './volumes.js';
import { DescribeWriter, formatTime, since, writeAnnotations, writeLabels } from './writer.js';

/** `printPodTolerationsMultiline`: sorted by key; `op=Exists`; `for 300s`. */
export function writeTolerations(w: DescribeWriter, title: string, tolerations: readonly Toleration[] | undefined, indent = ''): void {
  w.write(0, `${indent}${title}:\t`);
  if (!tolerations || tolerations.length === 0) return w.write(0, '<none>\n');
  const sorted = tolerations.slice().sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  sorted.forEach((t, i) => {
    if (i > 0) w.write(0, `${indent}\t`);
    let text = t.key ?? '';
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${text}\n`);
  });
}

function controller(pod: Pod): string {
  const ref = pod.metadata.ownerReferences?.find((o) => o.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** The full describe text of a pod with its events (already filtered to this pod). */
export function describePod(pod: Pod, events: readonly ClusterEvent[], nowMs: number): string {
  const w = new DescribeWriter();
  const { spec, status = {}, metadata: meta } = pod;
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  if (spec.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (status.startTime) w.write(0, `Start Time:\t${formatTime(status.startTime)}\n`);
  writeLabels(w, 'Labels', meta.labels);
  writeAnnotations(w, 'Annotations', meta.annotations);
  if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${since(timestampMs(meta.deletionTimestamp), nowMs)})\n`);
    w.write(0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(0, `Status:\t${status.phase ?? ''}\n`);
  }
  if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(0, `Message:\t${status.message}\n`);
  w.write(0, `IP:\t${status.podIP ?? ''}\n`);
  if (!status.podIPs || status.podIPs.length === 0) {
    w.write(0, 'IPs:\t<none>\n');
  } else {
    w.write(0, 'IPs:\n');
    for (const ip of status.podIPs) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const owner = controller(pod);
  if (owner) w.write(0, `Controlled By:\t${owner}\n`);
  if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
  if (spec.resources) {
    w.write(0, 'Resources:\n');
    writeResources(w, spec.resources, 1);
  }
  if (spec.initContainers && spec.initContainers.length > 0) writeContainers(w, 'Init Containers', spec.initContainers, status.initContainerStatuses, pod);
  writeContainers(w, 'Containers', spec.containers, status.containerStatuses, pod);
  if (spec.readinessGates && spec.readinessGates.length > 0) {
    w.write(0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of spec.readinessGates) {
      const c = status.conditions?.find((x) => x.type === g.conditionType);
      w.write(1, `${g.conditionType} \t${c?.status ?? '<none>'} \n`);
    }
  }
  if (status.conditions && status.conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of status.conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  writeVolumes(w, spec.volumes);
  w.write(0, `QoS Class:\t${getPodQOS(pod)}\n`);
  writeLabels(w, 'Node-Selectors', spec.nodeSelector);
  writeTolerations(w, 'Tolerations', spec.tolerations);
  writeEvents(w, events, nowMs);
  return w.text();
}
