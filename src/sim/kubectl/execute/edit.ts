// `kubectl edit`: the object as YAML (or JSON) under kubectl's header, and what saving does.
import { formatApiError } from '../../api/api-error.js';
import { decode, expandList } from '../../api/decode.js';
import type { KubeObject } from '../../api/types.js';
import { goJsonCompact } from '../jsonpath/go-values.js';
import { listOf, printJson, printYaml } from '../print/objects.js';
import type { EditRequest } from '../request.js';
import { objectRef } from '../resources.js';
import { gather } from './gather.js';
import { asObj } from './tables.js';
import type { Cluster, Draft, EditSession, KubectlOutput } from './types.js';

const HEADER = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n"
  + '# and an empty file will abort the edit. If an error occurs while saving this file will be\n'
  + '# reopened with the relevant failures.\n#\n';

function finish(originals: readonly KubeObject[], documents: readonly unknown[], cluster: Cluster): KubectlOutput {
  const docs = documents.flatMap(expandList).filter((d) => d !== null && d !== undefined);
  if (docs.length === 0) return { stdout: '', stderr: 'Edit cancelled, no changes made.\n', exitCode: 0 };
  let stdout = '';
  let stderr = '';
  let changed = false;
  let failed = false;
  for (const doc of docs) {
    const d = decode(doc);
    if (!d.ok || !d.object) {
      if (!d.ok) stderr += `${formatApiError(d.error)}\n`;
      failed = true;
      continue;
    }
    const edited = d.object;
    const original = originals.find((o) => o.kind === edited.kind && o.metadata.name === edited.metadata.name);
    if (original && goJsonCompact(original) === goJsonCompact(edited)) continue;
    changed = true;
    const result = cluster.actions.replace(edited, false);
    if (!result.ok) {
      stderr += `${formatApiError(result.error)}\n`;
      failed = true;
      continue;
    }
    stdout += `${objectRef(edited.kind, edited.metadata.name)} edited\n`;
  }
  if (failed) return { stdout, stderr: `${stderr}error: Edit cancelled, no valid changes were saved.\n`, exitCode: 1 };
  if (!changed) return { stdout, stderr: 'Edit cancelled, no changes made.\n', exitCode: 0 };
  return { stdout, stderr, exitCode: 0 };
}

export function runEdit(r: EditRequest, cluster: Cluster, namespace: string, out: Draft): EditSession | undefined {
  const found = gather(cluster.view, r.targets, { namespace, allNamespaces: false });
  if ('error' in found) {
    out.stderr += found.error;
    out.exitCode = 1;
    return undefined;
  }
  const errors = found.flatMap((f) => f.errors);
  if (errors.length > 0) {
    out.stderr += errors.map((e) => `${e}\n`).join('');
    out.exitCode = 1;
    return undefined;
  }
  const objects = found.flatMap((f) => f.objects);
  if (objects.length === 0) return undefined;
  const data = objects.length === 1 ? asObj(objects[0]) : listOf(objects.map(asObj));
  const body = r.output === 'json' ? printJson(data) : printYaml(data);
  return { text: HEADER + body, extension: r.output, finish: (documents, c) => finish(objects, documents, c) };
}
