// `label`, `annotate`, `set image`, `set resources` and `scale`: each object is changed
// through ClusterActions.patch/scale, with kubectl's messages (`pod/web labeled`).
import { formatApiError } from '../../api/api-error.js';
import type { Container, KubeObject, PodSpec } from '../../api/types.js';
import { errorText } from '../errors.js';
import type { MetaRequest, ScaleRequest, SetImageRequest, SetResourcesRequest } from '../request.js';
import { objectRef } from '../resources.js';
import { gather } from './gather.js';
import type { Cluster, Draft } from './types.js';

function targetsOf(cluster: Cluster, r: { targets: MetaRequest['targets']; selector?: string }, namespace: string, out: Draft): KubeObject[] {
  const found = gather(cluster.view, r.targets, { namespace, allNamespaces: false, selector: r.selector });
  if ('error' in found) {
    out.stderr += found.error;
    out.exitCode = 1;
    return [];
  }
  const errors = found.flatMap((f) => f.errors);
  if (errors.length > 0) {
    out.stderr += errors.map((e) => `${e}\n`).join('');
    out.exitCode = 1;
  }
  return found.flatMap((f) => f.objects);
}

const nameOf = (o: KubeObject) => objectRef(o.kind, o.metadata.name);

function patch(cluster: Cluster, o: KubeObject, change: (x: KubeObject) => KubeObject, out: Draft): boolean {
  const result = cluster.actions.patch(o.kind, o.metadata.namespace ?? '', o.metadata.name ?? '', change);
  if (result.ok) return true;
  out.stderr += `${formatApiError(result.error)}\n`;
  out.exitCode = 1;
  return false;
}

export function runMeta(r: MetaRequest, cluster: Cluster, namespace: string, out: Draft): void {
  const field = r.verb === 'label' ? 'labels' : 'annotations';
  for (const o of targetsOf(cluster, r, namespace, out)) {
    const current = { ...(o.metadata[field] ?? {}) };
    if (r.list) {
      out.stdout += Object.keys(current).sort().map((k) => `${k}=${current[k]}\n`).join('');
      continue;
    }
    let changed = false;
    for (const c of r.changes) {
      if ('remove' in c) {
        if (c.key in current) { delete current[c.key]; changed = true; } else out.stderr += `${r.verb === 'label' ? 'label' : 'annotation'} ${JSON.stringify(c.key)} not found.\n`;
        continue;
      }
      if (c.key in current && current[c.key] !== c.value && !r.overwrite) {
        out.stderr += errorText(`'${c.key}' already has a value (${current[c.key]}), and --overwrite is false`);
        out.exitCode = 1;
        return;
      }
      if (current[c.key] !== c.value) changed = true;
      current[c.key] = c.value;
    }
    const dry = r.dryRun === 'client' ? ' (dry run)' : '';
    if (r.dryRun === 'none' && changed && !patch(cluster, o, (x) => ({ ...x, metadata: { ...x.metadata, [field]: current } }) as KubeObject, out)) continue;
    const verb = r.verb === 'label' ? (changed ? 'labeled' : 'not labeled') : 'annotated';
    out.stdout += r.output?.kind === 'name' ? `${nameOf(o)}\n` : `${nameOf(o)} ${verb}${dry}\n`;
  }
}

function podSpecOf(o: KubeObject): PodSpec | undefined {
  if (o.kind === 'Pod') return o.spec;
  if (o.kind === 'Deployment' || o.kind === 'ReplicaSet') return o.spec.template.spec;
  return undefined;
}

function withPodSpec(o: KubeObject, spec: PodSpec): KubeObject {
  if (o.kind === 'Pod') return { ...o, spec };
  if (o.kind === 'Deployment') return { ...o, spec: { ...o.spec, template: { ...o.spec.template, spec } } };
  if (o.kind === 'ReplicaSet') return { ...o, spec: { ...o.spec, template: { ...o.spec.template, spec } } };
  return o;
}

function mapContainers(spec: PodSpec, f: (c: Container) => Container): PodSpec {
  return { ...spec, containers: spec.containers.map(f), ...(spec.initContainers ? { initContainers: spec.initContainers.map(f) } : {}) };
}

export function runSetImage(r: SetImageRequest, cluster: Cluster, namespace: string, out: Draft): void {
  for (const o of targetsOf(cluster, { targets: r.targets }, namespace, out)) {
    const spec = podSpecOf(o);
    if (!spec) continue;
    const all = [...spec.containers, ...(spec.initContainers ?? [])];
    const missing = r.images.find((i) => i.container !== '*' && !all.some((c) => c.name === i.container));
    if (missing) {
      out.stderr += errorText(`unable to find container named ${JSON.stringify(missing.container)}`);
      out.exitCode = 1;
      continue;
    }
    const image = (c: Container) => r.images.find((i) => i.container === c.name || i.container === '*')?.image;
    const next = mapContainers(spec, (c) => (image(c) ? { ...c, image: image(c) } : c));
    if (r.dryRun === 'none' && !patch(cluster, o, (x) => withPodSpec(x, mapContainers(podSpecOf(x) ?? next, (c) => (image(c) ? { ...c, image: image(c) } : c))), out)) continue;
    out.stdout += r.output?.kind === 'name' ? `${nameOf(o)}\n` : `${nameOf(o)} image updated${r.dryRun === 'client' ? ' (dry run)' : ''}\n`;
  }
}

export function runSetResources(r: SetResourcesRequest, cluster: Cluster, namespace: string, out: Draft): void {
  const update = (c: Container): Container => {
    if (r.containers !== '*' && c.name !== r.containers) return c;
    const limits = { ...(c.resources?.limits ?? {}), ...r.limits };
    const requests = { ...(c.resources?.requests ?? {}), ...r.requests };
    return { ...c, resources: { ...(Object.keys(limits).length ? { limits } : {}), ...(Object.keys(requests).length ? { requests } : {}) } };
  };
  for (const o of targetsOf(cluster, { targets: r.targets }, namespace, out)) {
    const spec = podSpecOf(o);
    if (!spec) continue;
    if (r.containers !== '*' && !spec.containers.some((c) => c.name === r.containers)) {
      out.stderr += errorText(`unable to find container named ${r.containers}`);
      out.exitCode = 1;
      continue;
    }
    if (r.dryRun === 'none' && !patch(cluster, o, (x) => withPodSpec(x, { ...(podSpecOf(x) ?? spec), containers: (podSpecOf(x) ?? spec).containers.map(update) }), out)) continue;
    out.stdout += r.output?.kind === 'name' ? `${nameOf(o)}\n` : `${nameOf(o)} resource requirements updated${r.dryRun === 'client' ? ' (dry run)' : ''}\n`;
  }
}

export function runScale(r: ScaleRequest, cluster: Cluster, namespace: string, out: Draft): void {
  for (const o of targetsOf(cluster, { targets: r.targets }, namespace, out)) {
    if (o.kind !== 'Deployment' && o.kind !== 'ReplicaSet') {
      out.stderr += errorText(`cannot scale ${nameOf(o)}: podlab scales Deployments and ReplicaSets`);
      out.exitCode = 1;
      continue;
    }
    const current = o.spec.replicas ?? 1;
    if (r.currentReplicas >= 0 && r.currentReplicas !== current) {
      out.stderr += errorText(`Expected replicas to be ${r.currentReplicas}, was ${current}`);
      out.exitCode = 1;
      continue;
    }
    if (r.dryRun === 'none') {
      const result = cluster.actions.scale(o.kind, o.metadata.namespace ?? namespace, o.metadata.name ?? '', r.replicas);
      if (!result.ok) {
        out.stderr += `${formatApiError(result.error)}\n`;
        out.exitCode = 1;
        continue;
      }
    }
    out.stdout += r.outputName ? `${nameOf(o)}\n` : `${nameOf(o)} scaled${r.dryRun === 'client' ? ' (dry run)' : ''}\n`;
  }
}
