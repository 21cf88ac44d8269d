// `kubectl describe TYPE [NAME...]`: exact name, else every object whose name starts with it
// (describe.go), several descriptions separated by blank lines.
import type { KubeObject, Node, Pod } from '../../api/types.js';
import { formatRfc3339 } from '../../status/index.js';
import type { ClusterView } from '../cluster.js';
import { eventsOf } from '../describe/events.js';
import { describeNode } from '../describe/node.js';
import { describePod } from '../describe/pod.js';
import { describeOther } from '../describe/others.js';
import type { DescribeRequest } from '../request.js';
import { notFoundMessage } from '../resources.js';
import { matchesLabels, parseLabelSelector } from '../select/labels.js';
import type { Draft } from './types.js';

function describeOne(o: KubeObject, view: ClusterView, showEvents: boolean): string {
  const ns = o.metadata.namespace ?? '';
  // Note: describe.go DescribeNode searches with the node's name as its UID (as the kubelet
  // records node events), so podlab matches a node's events by name alone.
  const uid = o.kind === 'Node' ? undefined : o.metadata.uid;
  const events = showEvents ? eventsOf(view.events(o.kind === 'Node' ? undefined : ns), o.kind, o.metadata.name ?? '', uid) : [];
  if (o.kind === 'Pod') return describePod(o, events, view.nowMs);
  if (o.kind === 'Node') {
    const pods = view.list('Pod').filter((p) => (p as Pod).spec.nodeName === o.metadata.name)
      .filter((p) => (p as Pod).status?.phase !== 'Succeeded' && (p as Pod).status?.phase !== 'Failed') as Pod[];
    // Note: a kubelet renews its Lease every 10 s (pkg/kubelet/nodelease); a node that is not
    // Ready stopped renewing at its last heartbeat.
    const ready = (o as Node).status?.conditions?.find((c) => c.type === 'Ready');
    const renewMs = ready?.status === 'True' ? view.nowMs - (view.nowMs % 10_000) : undefined;
    const renewTime = renewMs !== undefined ? formatRfc3339(renewMs) : ready?.lastHeartbeatTime ?? undefined;
    return describeNode(o, pods, events, { holderIdentity: o.metadata.name, renewTime }, view.nowMs);
  }
  return describeOther(o, view, events);
}

export function runDescribe(r: DescribeRequest, view: ClusterView, namespace: string, out: Draft): void {
  const selector = parseLabelSelector(r.selector ?? '');
  if (!selector.ok) {
    out.stderr += `error: ${selector.error}\n`;
    out.exitCode = 1;
    return;
  }
  let text = '';
  const add = (s: string) => { text += text === '' ? s : `\n\n${s}`; };
  const errors: string[] = [];
  let described = 0;
  for (const t of r.targets) {
    if (t.type.kind === 'Event') continue;
    const ns = t.type.namespaced ? namespace : '';
    const all = view.list(t.type.kind, r.allNamespaces || !t.type.namespaced ? undefined : ns);
    if (t.names.length === 0) {
      for (const o of all.filter((x) => matchesLabels(selector.requirements, x.metadata.labels))) { add(describeOne(o, view, r.showEvents)); described++; }
      continue;
    }
    for (const name of t.names) {
      const exact = view.get(t.type.kind, ns, name);
      if (exact) { add(describeOne(exact, view, r.showEvents)); described++; continue; }
      // Note: one missing name is retried as a prefix (describe.go DescribeMatchingResources),
      // and each match is printed followed by a newline.
      const matches = r.targets.length === 1 && t.names.length === 1 ? all.filter((o) => (o.metadata.name ?? '').startsWith(name)) : [];
      if (matches.length === 0) errors.push(notFoundMessage(t.type, name));
      for (const o of matches) { text += `${describeOne(o, view, r.showEvents)}\n`; described++; }
    }
  }
  out.stdout += text;
  if (described === 0 && errors.length === 0) {
    const nsd = r.targets.every((t) => t.type.namespaced);
    out.stderr += nsd && !r.allNamespaces ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
  }
  if (errors.length > 0) {
    out.stderr += errors.map((e) => `${e}\n`).join('');
    out.exitCode = 1;
  }
}
