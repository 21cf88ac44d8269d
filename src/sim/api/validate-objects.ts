// Node, Namespace, ConfigMap and Secret (pkg/apis/core/validation/validation.go: ValidateNode,
// ValidateNamespace, ValidateConfigMap, ValidateSecret).
import { child, duplicate, goQuote, index, invalid, key, required, tooLong } from './field-errors.js';
import { readQuantity } from './quantity-adapter.js';
import type { ConfigMap, FieldError, Namespace, Node, Secret } from './types.js';
import { validateLabelName, validateObjectMeta } from './validate-meta.js';
import { isConfigMapKey, isValidLabelValue, nameIsDNSLabel, nameIsDNSSubdomain } from './validate-names.js';
import { validateQuantityValue } from './validate-resources.js';
import { validateTaintEffect } from './validate-scheduling.js';

const MAX_SECRET_SIZE = 1024 * 1024;

export function validateNode(node: Node): FieldError[] {
  const errs = validateObjectMeta(node.metadata, false, nameIsDNSSubdomain);
  const seen = new Map<string, Set<string>>();
  for (const [i, t] of (node.spec?.taints ?? []).entries()) {
    // Note: ValidateNode passes the metadata path, so taint errors read `metadata.taints[i]`.
    const p = index('metadata.taints', i);
    errs.push(...validateLabelName(t.key ?? '', child(p, 'key')));
    const msgs = isValidLabelValue(t.value ?? '');
    if (msgs.length > 0) errs.push(invalid(child(p, 'value'), t.value ?? '', msgs.join(';')));
    errs.push(...validateTaintEffect(t.effect ?? '', false, child(p, 'effect')));
    const keys = seen.get(t.effect) ?? new Set<string>();
    if (keys.has(t.key)) {
      const value = `core.Taint{Key:${goQuote(t.key)}, Value:${goQuote(t.value ?? '')}, Effect:${goQuote(t.effect)}, TimeAdded:(*v1.Time)(nil)}`;
      const dup = duplicate(p, { go: value });
      errs.push({ ...dup, message: `${dup.message}: taints must be unique by key and effect pair` });
      continue;
    }
    keys.add(t.key);
    seen.set(t.effect, keys);
  }
  for (const field of ['capacity', 'allocatable'] as const) {
    const list = node.status?.[field] ?? {};
    for (const name of Object.keys(list).sort()) {
      const r = readQuantity(list[name]);
      // Note: ValidateNodeResources builds `status.capacity.cpu` with Child, not Key.
      if (r.ok) errs.push(...validateQuantityValue(name, r.q, child('status', field, name)));
    }
  }
  return errs;
}

export function validateNamespace(ns: Namespace): FieldError[] {
  return validateObjectMeta(ns.metadata, false, nameIsDNSLabel);
}

function validateKeys(data: Readonly<Record<string, string>> | undefined, path: string): FieldError[] {
  return Object.keys(data ?? {}).sort().flatMap((k) => isConfigMapKey(k).map((m) => invalid(key(path, k), k, m)));
}

export function validateConfigMap(cm: ConfigMap): FieldError[] {
  const errs = validateObjectMeta(cm.metadata, true, nameIsDNSSubdomain);
  errs.push(...validateKeys(cm.data, 'data'));
  for (const k of Object.keys(cm.data ?? {}).sort()) {
    if (cm.binaryData && k in cm.binaryData) errs.push(invalid(key('data', k), k, 'duplicate of key present in binaryData'));
  }
  errs.push(...validateKeys(cm.binaryData, 'binaryData'));
  const size = Object.values(cm.data ?? {}).reduce((n, v) => n + new TextEncoder().encode(v).length, 0)
    + Object.values(cm.binaryData ?? {}).reduce((n, v) => n + Math.floor((v.length * 3) / 4), 0);
  if (size > MAX_SECRET_SIZE) errs.push(tooLong('', MAX_SECRET_SIZE));
  return errs;
}

/** Keys a typed Secret must carry (ValidateSecret's switch on `type`). */
const REQUIRED_KEYS: Readonly<Record<string, readonly string[]>> = {
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
};

export function validateSecret(secret: Secret): FieldError[] {
  const errs = validateObjectMeta(secret.metadata, true, nameIsDNSSubdomain);
  errs.push(...validateKeys(secret.data, 'data'));
  const data = secret.data ?? {};
  const size = Object.values(data).reduce((n, v) => n + Math.floor((v.length * 3) / 4), 0);
  if (size > MAX_SECRET_SIZE) errs.push(tooLong('data', MAX_SECRET_SIZE));
  const type = secret.type ?? '';
  if (type === 'kubernetes.io/service-account-token') {
    if (!secret.metadata?.annotations?.['kubernetes.io/service-account.name']) {
      errs.push(required(key('metadata.annotations', 'kubernetes.io/service-account.name')));
    }
  } else if (type === 'kubernetes.io/basic-auth') {
    if (!('username' in data) && !('password' in data)) errs.push(required(key('data', 'username')), required(key('data', 'password')));
  } else {
    for (const k of REQUIRED_KEYS[type] ?? []) if (!(k in data)) errs.push(required(key('data', k)));
  }
  return errs;
}
