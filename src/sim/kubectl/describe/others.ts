// describe for Deployment, ReplicaSet, Service, ConfigMap, Secret and Namespace (describe.go),
// in kubectl's layout; Go's random map order is replaced by sorted keys.
import type { ConfigMap, Deployment, KubeObject, Namespace, Pod, PodTemplateSpec, ReplicaSet, Secret, Service } from '../../api/types.js';
import { assertNever } from '../../../util/assert-never.js';
import type { ClusterEvent, ClusterView } from '../cluster.js';
import { formatLabels } from '../print/table.js';
import { selectorString } from '../tables/workloads.js';
import { writeContainers } from './containers.js';
import { writeEvents } from './events.js';
import { writeTolerations } from './pod.js';
import { writeVolumes } from './volumes.js';
import { DescribeWriter, formatTime, writeAnnotations, writeLabels } from './writer.js';

function podTemplate(w: DescribeWriter, t: PodTemplateSpec): void {
  w.write(0, 'Pod Template:\n');
  writeLabels(w, '  Labels', t.metadata?.labels);
  if (t.metadata?.annotations && Object.keys(t.metadata.annotations).length > 0) writeAnnotations(w, '  Annotations', t.metadata.annotations);
  if (t.spec.serviceAccountName) w.write(1, `Service Account:\t${t.spec.serviceAccountName}\n`);
  if (t.spec.initContainers && t.spec.initContainers.length > 0) writeContainers(w, 'Init Containers', t.spec.initContainers, undefined, undefined, '  ');
  writeContainers(w, 'Containers', t.spec.containers, undefined, undefined, '  ');
  writeVolumes(w, t.spec.volumes, '  ');
  if (t.spec.priorityClassName) w.write(1, `Priority Class Name:\t${t.spec.priorityClassName}\n`);
  writeLabels(w, '  Node-Selectors', t.spec.nodeSelector);
  writeTolerations(w, '  Tolerations', t.spec.tolerations);
}

const ownedBy = (o: KubeObject, owner: KubeObject) =>
  (o.metadata.ownerReferences ?? []).some((r) => r.controller && (r.uid === owner.metadata.uid || r.name === owner.metadata.name) && r.kind === owner.kind);

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

function deployment(d: Deployment, view: ClusterView, events: readonly ClusterEvent[]): string {
  const w = new DescribeWriter();
  const st = (d.status ?? {}) as Record<string, unknown>;
  w.write(0, `Name:\t${d.metadata.name}\n`);
  w.write(0, `Namespace:\t${d.metadata.namespace ?? ''}\n`);
  w.write(0, `CreationTimestamp:\t${formatTime(d.metadata.creationTimestamp)}\n`);
  writeLabels(w, 'Labels', d.metadata.labels);
  writeAnnotations(w, 'Annotations', d.metadata.annotations);
  w.write(0, `Selector:\t${selectorString(d.spec.selector)}\n`);
  w.write(0, `Replicas:\t${d.spec.replicas ?? 1} desired | ${num(st.updatedReplicas)} updated | ${num(st.replicas)} total | ${num(st.availableReplicas)} available | ${num(st.unavailableReplicas)} unavailable\n`);
  const strategy = d.spec.strategy?.type ?? 'RollingUpdate';
  w.write(0, `StrategyType:\t${strategy}\n`);
  w.write(0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`);
  if (strategy === 'RollingUpdate') {
    const ru = d.spec.strategy?.rollingUpdate ?? {};
    w.write(0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge\n`);
  }
  podTemplate(w, d.spec.template);
  const conditions = (st.conditions ?? []) as { type: string; status: string; reason?: string }[];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  const rss = view.list('ReplicaSet', d.metadata.namespace).filter((rs) => ownedBy(rs, d)) as ReplicaSet[];
  const revision = (rs: ReplicaSet) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  const newest = rss.slice().sort((a, b) => revision(b) - revision(a))[0];
  if (newest) {
    const label = (list: readonly ReplicaSet[]) => list.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 1} replicas created)`).join(', ') || '<none>';
    w.write(0, `OldReplicaSets:\t${label(rss.filter((rs) => rs !== newest && (rs.spec.replicas ?? 1) > 0))}\n`);
    w.write(0, `NewReplicaSet:\t${label([newest])}\n`);
  }
  writeEvents(w, events, view.nowMs);
  return w.text();
}

function replicaSet(rs: ReplicaSet, view: ClusterView, events: readonly ClusterEvent[]): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${rs.metadata.name}\n`);
  w.write(0, `Namespace:\t${rs.metadata.namespace ?? ''}\n`);
  w.write(0, `Selector:\t${selectorString(rs.spec.selector)}\n`);
  writeLabels(w, 'Labels', rs.metadata.labels);
  writeAnnotations(w, 'Annotations', rs.metadata.annotations);
  const owner = rs.metadata.ownerReferences?.find((o) => o.controller);
  if (owner) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec.replicas ?? 1} desired\n`);
  const pods = view.list('Pod', rs.metadata.namespace).filter((p) => ownedBy(p, rs)) as Pod[];
  const count = (phase: string) => pods.filter((p) => (p.status?.phase ?? 'Pending') === phase).length;
  w.write(0, `Pods Status:\t${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed\n`);
  podTemplate(w, rs.spec.template);
  writeEvents(w, events, view.nowMs);
  return w.text();
}

function endpoints(svc: Service, view: ClusterView, port: NonNullable<NonNullable<Service['spec']>['ports']>[number]): string {
  const sel = svc.spec?.selector;
  if (!sel || Object.keys(sel).length === 0) return '<none>';
  const pods = (view.list('Pod', svc.metadata.namespace) as Pod[]).filter((p) => Object.entries(sel).every(([k, v]) => p.metadata.labels?.[k] === v))
    .filter((p) => p.status?.podIP && p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
  const addrs = pods.map((p) => {
    const target = port.targetPort ?? port.port;
    const n = typeof target === 'number' ? target : p.spec.containers.flatMap((c) => c.ports ?? []).find((cp) => cp.name === target)?.containerPort;
    return n === undefined ? undefined : `${p.status?.podIP}:${n}`;
  }).filter((a): a is string => a !== undefined);
  if (addrs.length === 0) return '<none>';
  return addrs.length > 3 ? `${addrs.slice(0, 3).join(',')} + ${addrs.length - 3} more...` : addrs.join(',');
}

function service(svc: Service, view: ClusterView, events: readonly ClusterEvent[]): string {
  const w = new DescribeWriter();
  const spec = svc.spec ?? {};
  w.write(0, `Name:\t${svc.metadata.name}\n`);
  w.write(0, `Namespace:\t${svc.metadata.namespace ?? ''}\n`);
  writeLabels(w, 'Labels', svc.metadata.labels);
  writeAnnotations(w, 'Annotations', svc.metadata.annotations);
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${spec.type ?? 'ClusterIP'}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(0, `IP Families:\t${spec.ipFamilies && spec.ipFamilies.length > 0 ? spec.ipFamilies.join(',') : '<none>'}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(0, `IPs:\t${spec.clusterIPs && spec.clusterIPs.length > 0 ? spec.clusterIPs.join(',') : '<none>'}\n`);
  if (spec.externalIPs && spec.externalIPs.length > 0) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>';
    const protocol = p.protocol ?? 'TCP';
    w.write(0, `Port:\t${name}\t${p.port}/${protocol}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${protocol}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${protocol}\n`);
    w.write(0, `Endpoints:\t${endpoints(svc, view, p)}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? 'None'}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  writeEvents(w, events, view.nowMs);
  return w.text();
}

function configMap(cm: ConfigMap, view: ClusterView, events: readonly ClusterEvent[]): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${cm.metadata.name}\n`);
  w.write(0, `Namespace:\t${cm.metadata.namespace ?? ''}\n`);
  writeLabels(w, 'Labels', cm.metadata.labels);
  writeAnnotations(w, 'Annotations', cm.metadata.annotations);
  w.write(0, '\nData\n====\n');
  for (const k of Object.keys(cm.data ?? {}).sort()) w.write(0, `${k}:\n----\n${cm.data?.[k]}\n\n`);
  w.write(0, '\nBinaryData\n====\n');
  for (const k of Object.keys(cm.binaryData ?? {}).sort()) w.write(0, `${k}: ${decodedLength(cm.binaryData?.[k] ?? '')} bytes\n`);
  w.write(0, '\n');
  writeEvents(w, events, view.nowMs);
  return w.text();
}

/** Bytes of a base64 value. */
function decodedLength(b64: string): number {
  const clean = b64.replace(/\s/g, '');
  return Math.floor((clean.length * 3) / 4) - (clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0);
}

/** Note: describeSecret prints no events. */
function secret(s: Secret): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${s.metadata.name}\n`);
  w.write(0, `Namespace:\t${s.metadata.namespace ?? ''}\n`);
  writeLabels(w, 'Labels', s.metadata.labels);
  writeAnnotations(w, 'Annotations', s.metadata.annotations);
  w.write(0, `\nType:\t${s.type ?? 'Opaque'}\n`);
  w.write(0, '\nData\n====\n');
  for (const k of Object.keys(s.data ?? {}).sort()) w.write(0, `${k}:\t${decodedLength(s.data?.[k] ?? '')} bytes\n`);
  return w.text();
}

function namespace(n: Namespace): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${n.metadata.name}\n`);
  writeLabels(w, 'Labels', n.metadata.labels);
  writeAnnotations(w, 'Annotations', n.metadata.annotations);
  w.write(0, `Status:\t${n.status?.phase ?? 'Active'}\n`);
  w.write(0, '\nNo resource quota.\n');
  w.write(0, '\nNo LimitRange resource.\n');
  return w.text();
}

/** describe for the kinds other than Pod and Node. */
export function describeOther(o: KubeObject, view: ClusterView, events: readonly ClusterEvent[]): string {
  switch (o.kind) {
    case 'Deployment': return deployment(o, view, events);
    case 'ReplicaSet': return replicaSet(o, view, events);
    case 'Service': return service(o, view, events);
    case 'ConfigMap': return configMap(o, view, events);
    case 'Secret': return secret(o);
    case 'Namespace': return namespace(o);
    // Note: pods and nodes have their own describers (pod.ts, node.ts).
    case 'Pod': case 'Node': return '';
    default: return assertNever(o);
  }
}
