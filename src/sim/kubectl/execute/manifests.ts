// `apply -f`, `create -f`, `replace -f` (`--force` is force-replace.ts, but for a dry run): documents from the shell's reader, decoded
// as the API server does (sim/api decode), then sent one by one, with kubectl's messages
// (`pod/web created`, `... configured`, `... unchanged`, `error when creating "pod.yaml": ...`).
import { assertNever } from '../../../util/assert-never.js';
import { formatApiError } from '../../api/api-error.js';
import { decode, expandList } from '../../api/decode.js';
import type { KubeObject } from '../../api/types.js';
import type { ApplyOutcome, WriteResult } from '../cluster.js';
import { errorText } from '../errors.js';
import { printJson, printYaml } from '../print/objects.js';
import type { ManifestRequest } from '../request.js';
import { kindPrefix, qualifiedResource, typeOfKind } from '../resources.js';
import { goJsonCompact } from '../jsonpath/go-values.js';
import { asObj } from './tables.js';
import type { Cluster, Draft, ExecEnv } from './types.js';

/** An object read from a file, with the name kubectl uses for that file in messages. */
export interface FileObject {
  readonly object: KubeObject;
  readonly source: string;
}

function withNamespace(o: KubeObject, namespace: string): KubeObject {
  const type = typeOfKind(o.kind);
  if (!type?.namespaced || o.metadata.namespace) return o;
  return { ...o, metadata: { ...o.metadata, namespace } } as KubeObject;
}

/** Reads, expands and decodes every document; problems go to `out` in kubectl's words. */
export function objectsFromFiles(files: readonly string[], env: ExecEnv, namespace: string, out: Draft, enforcedNamespace?: string): FileObject[] {
  const result: FileObject[] = [];
  for (const path of files) {
    const source = path === '-' ? 'STDIN' : path;
    const read = env.readManifests?.(path) ?? { ok: false as const, error: `the path "${path}" does not exist` };
    if (!read.ok) {
      out.stderr += errorText(read.error);
      out.exitCode = 1;
      out.hint = { key: 'fileNotReadable' };
      continue;
    }
    for (const doc of read.documents.flatMap(expandList)) {
      if (doc === null || doc === undefined) continue;
      const d = decode(doc);
      if (!d.ok) {
        out.stderr += `${formatApiError(d.error, { source, lang: env.lang })}\n`;
        out.exitCode = 1;
        continue;
      }
      if (!d.object) continue;
      const ns = d.object.metadata.namespace;
      if (enforcedNamespace && ns && ns !== enforcedNamespace) {
        out.stderr += errorText(`the namespace from the provided object "${ns}" does not match the namespace "${enforcedNamespace}". You must pass '--namespace=${ns}' to perform this operation.`);
        out.exitCode = 1;
        continue;
      }
      result.push({ object: withNamespace(d.object, namespace), source });
    }
  }
  return result;
}

/** `pod/web created` (or -o name / yaml / json), with kubectl's dry-run suffix. */
export function printResult(r: ManifestRequest, o: KubeObject, message: string, out: Draft): void {
  const type = typeOfKind(o.kind);
  const name = `${type ? kindPrefix(type) : o.kind.toLowerCase()}/${o.metadata.name}`;
  const dry = r.dryRun === 'client' ? ' (dry run)' : r.dryRun === 'server' ? ' (server dry run)' : '';
  const output = r.output;
  if (!output) out.stdout += `${name} ${message}${dry}\n`;
  else if (output.kind === 'name') out.stdout += `${name}\n`;
  else if (output.kind === 'yaml') out.stdout += printYaml(asObj(o));
  else if (output.kind === 'json') out.stdout += printJson(asObj(o));
}

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The object with kubectl's last-applied annotation: its own JSON (annotation left out), as apply stores it. */
function withLastApplied(o: KubeObject): KubeObject {
  const { [LAST_APPLIED]: _dropped, ...others } = o.metadata.annotations ?? {};
  void _dropped;
  const config = { ...o, metadata: { ...o.metadata, annotations: others } };
  const json = `${goJsonCompact(config)}\n`;
  return { ...o, metadata: { ...o.metadata, annotations: { ...others, [LAST_APPLIED]: json } } } as KubeObject;
}

function send(r: ManifestRequest, cluster: Cluster, f: FileObject, out: Draft): { result: WriteResult | ApplyOutcome; message: string; verb: string } {
  const { source } = f;
  const object = r.verb === 'apply' ? withLastApplied(f.object) : f.object;
  const live = cluster.view.get(object.kind, object.metadata.namespace ?? '', object.metadata.name ?? '');
  const exists = live !== undefined;
  if (r.verb === 'apply' && live && live.metadata.annotations?.[LAST_APPLIED] === undefined) {
    const type = typeOfKind(object.kind);
    const what = `${type ? qualifiedResource(type) : object.kind.toLowerCase()}/${object.metadata.name}`;
    out.stderr += `Warning: resource ${what} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`;
  }
  if (r.dryRun !== 'none') {
    const message = r.verb === 'apply' ? (exists ? 'configured' : 'created') : r.verb === 'replace' ? 'replaced' : 'created';
    return { result: { ok: true, object }, message, verb: 'creating' };
  }
  switch (r.verb) {
    case 'create': return { result: cluster.actions.create(object, source), message: 'created', verb: 'creating' };
    case 'replace': return { result: cluster.actions.replace(object, r.force, source), message: 'replaced', verb: 'replacing' };
    case 'apply': {
      const result = cluster.actions.apply(object, source);
      return { result, message: result.ok ? result.result : '', verb: exists ? 'applying patch' : 'creating' };
    }
    default: return assertNever(r.verb);
  }
}

export function runManifests(r: ManifestRequest, cluster: Cluster, env: ExecEnv, namespace: string, out: Draft): void {
  const objects = objectsFromFiles(r.files, env, namespace, out, r.namespace);
  for (const f of objects) {
    const { result, message, verb } = send(r, cluster, f, out);
    if (!result.ok) {
      out.stderr += `${formatApiError(result.error, { source: f.source, verb, lang: env.lang })}\n`;
      out.exitCode = 1;
      continue;
    }
    printResult(r, result.object, message, out);
  }
}

