// `kubectl delete`: by name, by selector or --all, from files; `pod "web" deleted`, `force
// deleted` with --force --grace-period=0 (after kubectl's warning), `-o name`.
import { formatApiError } from '../../api/api-error.js';
import type { KubeObject } from '../../api/types.js';
import type { DeleteRequest } from '../request.js';
import { kindPrefix, typeOfKind } from '../resources.js';
import { gather } from './gather.js';
import { objectsFromFiles } from './manifests.js';
import type { Cluster, Draft, ExecEnv } from './types.js';

const FORCE_WARNING = 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';

/** Objects a delete is waiting to see gone (the shell may run the clock until they are). */
export type WaitList = { kind: KubeObject['kind']; namespace: string; name: string }[];

export function runDelete(r: DeleteRequest, cluster: Cluster, env: ExecEnv, namespace: string, out: Draft): WaitList {
  if (r.force && r.gracePeriod === 0) out.stderr += FORCE_WARNING;
  let objects: KubeObject[] = [];
  if (r.files.length > 0) {
    const fromFiles = objectsFromFiles(r.files, env, namespace, out);
    objects = fromFiles.map((f) => cluster.view.get(f.object.kind, f.object.metadata.namespace ?? namespace, f.object.metadata.name ?? '') ?? f.object);
  }
  const found = gather(cluster.view, r.targets, { namespace, allNamespaces: false, selector: r.selector });
  if ('error' in found) {
    out.stderr += found.error;
    out.exitCode = 1;
    return [];
  }
  objects.push(...found.flatMap((f) => f.objects));
  const notFound = found.flatMap((f) => f.errors);
  const waits: WaitList = [];
  for (const o of objects) {
    const type = typeOfKind(o.kind);
    if (!type) continue;
    const ns = type.namespaced ? o.metadata.namespace ?? namespace : '';
    const result = cluster.actions.delete(o.kind, ns, o.metadata.name ?? '', r.gracePeriod >= 0 ? { gracePeriodSeconds: r.gracePeriod } : {});
    if (!result.ok) {
      if (result.error.reason === 'NotFound' && r.ignoreNotFound) continue;
      out.stderr += `${formatApiError(result.error)}\n`;
      out.exitCode = 1;
      continue;
    }
    const prefix = kindPrefix(type);
    out.stdout += r.outputName ? `${prefix}/${o.metadata.name}\n` : `${prefix} "${o.metadata.name}" ${r.gracePeriod === 0 ? 'force deleted' : 'deleted'}\n`;
    if (r.wait) waits.push({ kind: o.kind, namespace: ns, name: o.metadata.name ?? '' });
  }
  if (notFound.length > 0 && !r.ignoreNotFound) {
    out.stderr += notFound.map((e) => `${e}\n`).join('');
    out.exitCode = 1;
  }
  if (objects.length === 0 && notFound.length === 0 && (r.all || r.selector !== undefined)) out.stdout += 'No resources found\n';
  return waits;
}
