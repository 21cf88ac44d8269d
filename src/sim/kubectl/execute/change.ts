// `label`, `annotate`, `set image`, `set resources` and `scale`: each object is changed
// through ClusterActions.patch/scale, with kubectl's messages (`pod/web labeled`).
import { formatApiError } from '../../api/api-error.js';
import type { Container, KubeObject, PodSpec } from '../../api/types.js';
import { errorText } from '../errors.js';
import { goJsonCompact } from '../jsonpath/go-values.js';
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

/** label.go updateDataChangeMsg: compares the serialized object before and after. */
function labelMessage(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>, overwrite: boolean): string {
  const a = goJsonCompact(before);
  const b = goJsonCompact(after);
  if (a === b) return 'not labeled';
  return !overwrite && b.length < a.length ? 'unlabeled' : 'labeled';
}

/** The --overwrite refusal, worded as label.go and annotate.go word it. */
function conflicts(r: MetaRequest, current: Readonly<Record<string, string>>): string | undefined {
  const clashes = r.changes.filter((c): c is { key: string; value: string } => 'value' in c && c.key in current && current[c.key] !== c.value);
  if (r.overwrite || clashes.length === 0) return undefined;
  if (r.verb === 'annotate') {
    return `--overwrite is false but found the following declared annotation(s): ${clashes.map((c) => `'${c.key}' already has a value (${current[c.key]})`).join('; ')}`;
  }
  const lines = clashes.map((c) => `'${c.key}' already has a value (${current[c.key]}), and --overwrite is false`);
  return lines.length === 1 ? lines[0] : `[${lines.join(', ')}]`;
}

export function runMeta(r: MetaRequest, cluster: Cluster, namespace: string, out: Draft): void {
  const field = r.verb === 'label' ? 'labels' : 'annotations';
  for (const o of targetsOf(cluster, r, namespace, out)) {
    const before: Record<string, string> = { ...(o.metadata[field] ?? {}) };
    if (r.list) {
      out.stdout += Object.keys(before).sort().map((k) => `${k}=${before[k]}\n`).join('');
      continue;
    }
    const clash = conflicts(r, before);
    if (clash) {
      out.stderr += errorText(clash);
      out.exitCode = 1;
      return;
    }
    const after: Record<string, string> = { ...before };
    for (const c of r.changes) {
      if (!('remove' in c)) after[c.key] = c.value;
      else if (c.key in after) delete after[c.key];
      else if (r.verb === 'label' && r.dryRun === 'none') out.stdout += `label ${JSON.stringify(c.key)} not found.\n`;
    }
    const message = r.verb === 'label' ? labelMessage(before, after, r.overwrite) : 'annotated';
    const changed = goJsonCompact(before) !== goJsonCompact(after);
    if (r.dryRun === 'none' && changed && !patch(cluster, o, (x) => ({ ...x, metadata: { ...x.metadata, [field]: after } }) as KubeObject, out)) continue;
    out.stdout += r.output?.kind === 'name' ? `${nameOf(o)}\n` : `${nameOf(o)} ${message}${r.dryRun === 'client' ? ' (dry run)' : ''}\n`;
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
  const found = gather(cluster.view, r.targets, { namespace, allNamespaces: false });
  const missing = 'error' in found ? [] : found.flatMap((f) => f.errors);
  if (missing.length > 0) {
    // Note: kubectl scale wraps the lookup error: `no objects passed to scale <error>`.
    out.stderr += errorText(`no objects passed to scale ${missing[0].replace(/^Error from server \(NotFound\): /, '')}`);
    out.exitCode = 1;
    return;
  }
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
