// Environment variables and envFrom (pkg/apis/core/validation/validation.go: ValidateEnv,
// validateEnvVarValueFrom, validateObjectFieldSelector, ValidateEnvFrom).
import { child, index, invalid, notSupported, required } from './field-errors.js';
import type { EnvFromSource, EnvVar, FieldError } from './types.js';
import { isConfigMapKey, isQualifiedName, isRelaxedEnvVarName, nameIsDNSSubdomain } from './validate-names.js';

const ENV_FIELD_PATHS = [
  'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
];

/** Field labels `ConvertDownwardAPIFieldLabel` accepts for v1 (pkg/apis/core/pods/helpers.go). */
const CONVERTIBLE = new Set([
  'metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid',
  'spec.nodeName', 'spec.restartPolicy', 'spec.serviceAccountName', 'spec.schedulerName', 'status.phase',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
]);

/** `metadata.labels['app']` → `['metadata.labels', 'app']`. */
function splitSubscript(p: string): [string, string] | undefined {
  const m = /^(.*)\['(.*)'\]$/.exec(p);
  return m ? [m[1], m[2]] : undefined;
}

function validateFieldRef(ref: { readonly apiVersion?: string; readonly fieldPath?: string }, path: string): FieldError[] {
  if (!ref.apiVersion) return [required(child(path, 'apiVersion'))];
  if (!ref.fieldPath) return [required(child(path, 'fieldPath'))];
  const fp = ref.fieldPath;
  const sub = splitSubscript(fp);
  if (ref.apiVersion !== 'v1') {
    return [invalid(child(path, 'fieldPath'), fp, `error converting fieldPath: unsupported pod version: ${ref.apiVersion}`)];
  }
  if (sub) {
    const [base, k] = sub;
    if (base === 'metadata.annotations') return isQualifiedName(k.toLowerCase()).map((m) => invalid(path, k.toLowerCase(), m));
    if (base === 'metadata.labels') return isQualifiedName(k).map((m) => invalid(path, k, m));
    return [invalid(child(path, 'fieldPath'), fp, `error converting fieldPath: field label does not support subscript: ${fp}`)];
  }
  const converted = fp === 'spec.host' ? 'spec.nodeName' : fp;
  if (!CONVERTIBLE.has(converted) && fp !== 'spec.host') {
    return [invalid(child(path, 'fieldPath'), fp, `error converting fieldPath: field label not supported: ${fp}`)];
  }
  return ENV_FIELD_PATHS.includes(converted) ? [] : [notSupported(child(path, 'fieldPath'), converted, ENV_FIELD_PATHS)];
}

function validateKeySelector(ref: { readonly name?: string; readonly key?: string }, path: string): FieldError[] {
  // Note: the name is checked as a DNS subdomain even when empty (no "Required value").
  const errs = nameIsDNSSubdomain(ref.name ?? '', false).map((m) => invalid(child(path, 'name'), ref.name ?? '', m));
  if (!ref.key) errs.push(required(child(path, 'key')));
  else errs.push(...isConfigMapKey(ref.key).map((m) => invalid(child(path, 'key'), ref.key!, m)));
  return errs;
}

const RESOURCE_FIELDS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];

export function validateEnv(env: readonly EnvVar[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [i, ev] of (env ?? []).entries()) {
    const p = index(path, i);
    if (!ev.name) errs.push(required(child(p, 'name')));
    else errs.push(...isRelaxedEnvVarName(ev.name).map((m) => invalid(child(p, 'name'), ev.name, m)));
    const from = ev.valueFrom;
    if (!from) continue;
    const vp = child(p, 'valueFrom');
    let sources = 0;
    if (from.fieldRef) {
      sources++;
      errs.push(...validateFieldRef(from.fieldRef, child(vp, 'fieldRef')));
    }
    if (from.resourceFieldRef) {
      sources++;
      const r = from.resourceFieldRef.resource;
      const rp = child(vp, 'resourceFieldRef');
      if (!r) errs.push(required(child(rp, 'resource')));
      else if (!RESOURCE_FIELDS.includes(r) && !/^(requests|limits)\.hugepages-/.test(r)) {
        errs.push(notSupported(child(rp, 'resource'), r, RESOURCE_FIELDS));
      }
    }
    if (from.configMapKeyRef) {
      sources++;
      errs.push(...validateKeySelector(from.configMapKeyRef, child(vp, 'configMapKeyRef')));
    }
    if (from.secretKeyRef) {
      sources++;
      errs.push(...validateKeySelector(from.secretKeyRef, child(vp, 'secretKeyRef')));
    }
    if (sources === 0) errs.push(invalid(vp, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
    else if (ev.value) errs.push(invalid(vp, '', 'may not be specified when `value` is not empty'));
    else if (sources > 1) errs.push(invalid(vp, '', 'may not have more than one field specified at a time'));
  }
  return errs;
}

export function validateEnvFrom(envFrom: readonly EnvFromSource[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [i, ef] of (envFrom ?? []).entries()) {
    const p = index(path, i);
    if (ef.prefix) errs.push(...isRelaxedEnvVarName(ef.prefix).map((m) => invalid(child(p, 'prefix'), ef.prefix!, m)));
    let sources = 0;
    for (const [field, ref] of [['configMapRef', ef.configMapRef], ['secretRef', ef.secretRef]] as const) {
      if (!ref) continue;
      sources++;
      const np = child(p, field, 'name');
      // Note: envFrom names are checked as prefixes (ValidateConfigMapName(name, true)).
      if (!ref.name) errs.push(required(np));
      else errs.push(...nameIsDNSSubdomain(ref.name, true).map((m) => invalid(np, ref.name, m)));
    }
    // Note: upstream reports these at the list's path, not the item's.
    if (sources === 0) errs.push(invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (sources > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  }
  return errs;
}
