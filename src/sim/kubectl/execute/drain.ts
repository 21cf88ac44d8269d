// `kubectl cordon`, `uncordon` and `drain`, worded as kubectl v1.32 words them.
// Note: staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go (RunCordonOrUncordon, RunDrain,
// deleteOrEvictPodsSimple) and staging/src/k8s.io/kubectl/pkg/drain/drain.go (evictPods).
import { formatApiError } from '../../api/api-error.js';
import type { KubeObject, Node, Pod } from '../../api/types.js';
import type { NodeMaintenanceRequest } from '../request.js';
import { notFoundMessage, typeOfKind } from '../resources.js';
import { matchesLabels, parseLabelSelector } from '../select/labels.js';
import type { WaitList } from './delete.js';
import { podsForDeletion } from './drain-filters.js';
import type { Cluster, Draft } from './types.js';

const NODE_TYPE = typeOfKind('Node');

/** The nodes named (or selected), as the resource builder finds them; undefined after an error. */
function findNodes(r: NodeMaintenanceRequest, cluster: Cluster, out: Draft): Node[] | undefined {
  if (r.selector !== undefined) {
    const selector = parseLabelSelector(r.selector);
    if (!selector.ok) return refuse(out, `error: ${selector.error}\n`);
    return cluster.view.list('Node').filter((n): n is Node => n.kind === 'Node' && matchesLabels(selector.requirements, n.metadata.labels));
  }
  const nodes: Node[] = [];
  for (const name of r.nodes) {
    const node = cluster.view.get('Node', '', name);
    // Note: Complete visits the builder's result and stops at the first error, before any change.
    if (node?.kind !== 'Node') {
      out.hint = { key: 'notFound', vars: { name, resource: 'nodes', namespace: '' } };
      return refuse(out, `${NODE_TYPE ? notFoundMessage(NODE_TYPE, name) : name}\n`);
    }
    nodes.push(node);
  }
  return nodes;
}

function refuse(out: Draft, text: string): undefined {
  out.stderr += text;
  out.exitCode = 1;
  return undefined;
}

const dryRunSuffix = (r: NodeMaintenanceRequest) => (r.dryRun === 'client' ? ' (dry run)' : r.dryRun === 'server' ? ' (server dry run)' : '');

function setUnschedulable(node: KubeObject, desired: boolean): KubeObject {
  if (node.kind !== 'Node') return node;
  const { unschedulable: _, ...spec } = node.spec ?? {};
  // Note: CordonHelper sets spec.unschedulable; `false` is omitted (omitempty), as the server stores it.
  return { ...node, spec: desired ? { ...spec, unschedulable: true } : spec };
}

/** RunCordonOrUncordon: `node/NAME cordoned`, `already cordoned`, `uncordoned`, `already uncordoned`. */
function cordonAll(r: NodeMaintenanceRequest, nodes: readonly Node[], desired: boolean, cluster: Cluster, out: Draft): void {
  const verb = desired ? 'cordon' : 'uncordon';
  for (const node of nodes) {
    const name = node.metadata.name ?? '';
    if ((node.spec?.unschedulable === true) === desired) {
      out.stdout += `node/${name} already ${verb}ed${dryRunSuffix(r)}\n`;
      continue;
    }
    if (r.dryRun === 'none') {
      const result = cluster.actions.patch('Node', '', name, (n) => setUnschedulable(n, desired));
      if (!result.ok) {
        out.stderr += `error: unable to ${verb} node ${JSON.stringify(name)}: ${formatApiError(result.error).replace(/^error: /, '')}\n`;
        continue;
      }
    }
    out.stdout += `node/${name} ${verb}ed${dryRunSuffix(r)}\n`;
  }
}

export function runCordon(r: NodeMaintenanceRequest, cluster: Cluster, out: Draft): void {
  const nodes = findNodes(r, cluster, out);
  if (nodes) cordonAll(r, nodes, r.verb === 'cordon', cluster, out);
}

/** utilerrors.Aggregate's Error(): one message alone, several in brackets. */
const aggregate = (errors: readonly string[]) => (errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`);

/** Evicts one node's pods; the errors that stopped it, or the pods it is waiting for. */
function drainNode(r: NodeMaintenanceRequest, node: Node, cluster: Cluster, out: Draft): { errors: string[]; overrides?: readonly string[] } | { waits: WaitList } {
  const name = node.metadata.name ?? '';
  const pods = cluster.view.list('Pod').filter((p): p is Pod => p.kind === 'Pod' && p.spec.nodeName === name);
  const selector = parseLabelSelector(r.podSelector ?? '');
  const chosen = selector.ok ? pods.filter((p) => matchesLabels(selector.requirements, p.metadata.labels)) : pods;
  const list = podsForDeletion(chosen, r);
  if (list.errors.length > 0) return { errors: [...list.errors], overrides: list.overrides };
  if (list.warnings !== '') out.stderr += `Warning: ${list.warnings}\n`;
  const ref = (p: Pod) => `${p.metadata.namespace ?? 'default'}/${p.metadata.name ?? ''}`;
  if (r.dryRun === 'client') {
    out.stdout += list.pods.map((p) => `evicting pod ${ref(p)} (dry run)\n`).join('');
    return { waits: [] };
  }
  if (r.dryRun === 'server') {
    out.stdout += list.pods.map((p) => `evicting pod ${ref(p)} (server dry run)\n`).join('');
    return { waits: [] };
  }
  const errors: string[] = [];
  const evicted: Pod[] = [];
  for (const pod of list.pods) {
    out.stdout += `evicting pod ${ref(pod)}\n`;
    // Note: an eviction is a delete with the eviction's DeleteOptions (the drain's --grace-period).
    const result = cluster.actions.delete('Pod', pod.metadata.namespace ?? 'default', pod.metadata.name ?? '', r.gracePeriod >= 0 ? { gracePeriodSeconds: r.gracePeriod } : {});
    if (result.ok || result.error.reason === 'NotFound') evicted.push(pod);
    else errors.push(`error when evicting pods/${JSON.stringify(pod.metadata.name)} -n ${JSON.stringify(pod.metadata.namespace)}: ${formatApiError(result.error).replace(/^error: /, '')}`);
  }
  // Note: kubectl prints `pod/NAME evicted` once it sees the pod gone; the shell runs the clock
  // until every pod in the returned wait list is gone, so the lines are written here at once.
  out.stdout += evicted.map((p) => `pod/${p.metadata.name} evicted\n`).join('');
  if (errors.length > 0) {
    out.stderr += `There are pending pods in node ${JSON.stringify(name)} when an error occurred: ${aggregate(errors)}\n`;
    out.stderr += list.pods.filter((p) => !evicted.includes(p)).map((p) => `pod/${p.metadata.name}\n`).join('');
    return { errors };
  }
  return { waits: evicted.map((p) => ({ kind: 'Pod' as const, namespace: p.metadata.namespace ?? 'default', name: p.metadata.name ?? '' })) };
}

/** RunDrain: cordon every node, then evict each node's pods; the pods to wait for. */
export function runDrain(r: NodeMaintenanceRequest, cluster: Cluster, out: Draft): WaitList {
  const nodes = findNodes(r, cluster, out);
  if (!nodes) return [];
  cordonAll(r, nodes, true, cluster, out);
  const waits: WaitList = [];
  const fatal: string[][] = [];
  const pending: string[] = [];
  const overrides = new Set<string>();
  for (const node of nodes) {
    const name = node.metadata.name ?? '';
    const result = drainNode(r, node, cluster, out);
    if ('waits' in result) {
      waits.push(...result.waits);
      out.stdout += `node/${name} drained${dryRunSuffix(r)}\n`;
      continue;
    }
    out.stderr += `error: unable to drain node ${JSON.stringify(name)} due to error: ${aggregate(result.errors)}, continuing command...\n`;
    fatal.push(result.errors);
    pending.push(name);
    for (const flag of result.overrides ?? []) overrides.add(flag);
  }
  if (pending.length === 0) return waits;
  out.stderr += `There are pending nodes to be drained:\n${pending.map((n) => ` ${n}\n`).join('')}`;
  // Note: CheckErr unwraps an aggregate of one and prints an aggregate's errors one per line,
  // without the `error: ` prefix (cmd/util/helpers.go checkErr, MultipleErrors).
  const lines = fatal.length === 1 ? fatal[0] : fatal.map(aggregate);
  out.stderr += lines.map((l) => `${l}\n`).join('');
  out.exitCode = 1;
  if (overrides.size > 0 && r.dryRun === 'none') out.hint = { key: 'drainBlocked', vars: { node: pending.join(', '), flags: [...overrides].join(' ') } };
  return waits;
}
