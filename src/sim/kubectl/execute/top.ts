// `kubectl top pod|node` over the cluster's metrics, when it has any.
import type { Node, Pod } from '../../api/types.js';
import { decodeQuantity, fromInt, milliValueAsNumber, valueAsNumber } from '../../quantity.js';
import type { ClusterView, Usage } from '../cluster.js';
import { GET_TABLE, TabWriter } from '../print/tabwriter.js';
import type { TopRequest } from '../request.js';
import { matchesLabels, parseLabelSelector } from '../select/labels.js';
import type { Draft } from './types.js';

const q = (v: string | number | undefined) => {
  const r = decodeQuantity(v ?? 0);
  return r.ok ? r.value : fromInt(0);
};
const cpuText = (v: string) => `${Math.round(milliValueAsNumber(q(v)))}m`;
const memText = (v: string) => `${Math.floor(valueAsNumber(q(v)) / (1024 * 1024))}Mi`;

/** Note: kubectl top ends every cell with a tab (metricsutil printValue), so lines keep trailing padding. */
function table(lines: string[][], noHeaders: boolean): string {
  const w = new TabWriter(GET_TABLE);
  w.write(lines.slice(noHeaders ? 1 : 0).map((l) => `${l.map((c) => `${c}\t`).join('')}\n`).join(''));
  return w.take();
}

function metricsMissing(out: Draft): void {
  out.stderr += 'error: Metrics API not available\n';
  out.exitCode = 1;
  out.hint = { key: 'metrics' };
}

export function runTop(r: TopRequest, view: ClusterView, namespace: string, out: Draft): void {
  const selector = parseLabelSelector(r.selector ?? '');
  if (!selector.ok) {
    out.stderr += `error: ${selector.error}\n`;
    out.exitCode = 1;
    return;
  }
  if (r.what === 'node') {
    if (!view.nodeUsage) return metricsMissing(out);
    const nodes = (view.list('Node') as Node[]).filter((n) => (r.name ? n.metadata.name === r.name : true) && matchesLabels(selector.requirements, n.metadata.labels));
    const rows = nodes.map((n) => ({ n, u: view.nodeUsage?.(n.metadata.name ?? '') })).filter((x): x is { n: Node; u: Usage } => x.u !== undefined);
    const sorted = r.sortBy ? rows.slice().sort((a, b) => (r.sortBy === 'cpu' ? milliValueAsNumber(q(b.u.cpu)) - milliValueAsNumber(q(a.u.cpu)) : valueAsNumber(q(b.u.memory)) - valueAsNumber(q(a.u.memory)))) : rows;
    const pct = (used: string, total: string | number | undefined, milli: boolean) => {
      const t = milli ? milliValueAsNumber(q(total)) : valueAsNumber(q(total));
      return t === 0 ? '0%' : `${Math.trunc(((milli ? milliValueAsNumber(q(used)) : valueAsNumber(q(used))) / t) * 100)}%`;
    };
    out.stdout += table([['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)'],
      ...sorted.map(({ n, u }) => [n.metadata.name ?? '', cpuText(u.cpu), pct(u.cpu, n.status?.allocatable?.cpu, true), memText(u.memory), pct(u.memory, n.status?.allocatable?.memory, false)])], r.noHeaders);
    return;
  }
  if (!view.podUsage) return metricsMissing(out);
  const pods = (view.list('Pod', r.allNamespaces ? undefined : namespace) as Pod[])
    .filter((p) => (r.name ? p.metadata.name === r.name : true) && matchesLabels(selector.requirements, p.metadata.labels));
  if (r.name && pods.length === 0) {
    out.stderr += `Error from server (NotFound): pods "${r.name}" not found\n`;
    out.exitCode = 1;
    return;
  }
  const lines: string[][] = [];
  const ns = (p: Pod) => (r.allNamespaces ? [p.metadata.namespace ?? ''] : []);
  for (const p of pods) {
    const usage = view.podUsage(p.metadata.namespace ?? namespace, p.metadata.name ?? '');
    if (!usage) continue;
    if (r.containers) {
      for (const c of usage) lines.push([...ns(p), p.metadata.name ?? '', c.container, cpuText(c.usage.cpu), memText(c.usage.memory)]);
    } else {
      const cpu = usage.reduce((s, c) => s + milliValueAsNumber(q(c.usage.cpu)), 0);
      const mem = usage.reduce((s, c) => s + valueAsNumber(q(c.usage.memory)), 0);
      lines.push([...ns(p), p.metadata.name ?? '', `${Math.round(cpu)}m`, `${Math.floor(mem / (1024 * 1024))}Mi`]);
    }
  }
  if (lines.length === 0) {
    out.stderr += r.allNamespaces ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`;
    return;
  }
  const header = [...(r.allNamespaces ? ['NAMESPACE'] : []), ...(r.containers ? ['POD', 'NAME'] : ['NAME']), 'CPU(cores)', 'MEMORY(bytes)'];
  const cpuAt = header.indexOf('CPU(cores)');
  const sorted = r.sortBy ? lines.slice().sort((a, b) => parseFloat(b[cpuAt + (r.sortBy === 'cpu' ? 0 : 1)]) - parseFloat(a[cpuAt + (r.sortBy === 'cpu' ? 0 : 1)])) : lines;
  out.stdout += table([header, ...sorted], r.noHeaders);
}
