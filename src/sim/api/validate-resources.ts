// Resource requirements and quantities (pkg/apis/core/validation/validation.go:
// validateResourceRequirements, validateContainerResourceName, ValidateResourceQuantityValue).
// Quantities arrive already stored in canonical form, so messages print what the server stores.
import { child, forbidden, invalid, key, notSupported, required, type GoValue } from './field-errors.js';
import {
  compareQuantity, isNegativeQuantity, isWholeQuantity, quantityString, readQuantity, type Quantity,
} from './quantity-adapter.js';
import type { FieldError, ResourceRequirements } from './types.js';
import { isQualifiedName } from './validate-names.js';

type ResourceList = Readonly<Record<string, string | number>>;

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
const STANDARD_RESOURCES = new Set([
  ...STANDARD_CONTAINER_RESOURCES,
  'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory',
  'limits.ephemeral-storage', 'pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets',
  'configmaps', 'persistentvolumeclaims', 'storage', 'requests.storage', 'services.nodeports',
  'services.loadbalancers',
]);

const isHugePages = (name: string): boolean => name.startsWith('hugepages-');
const isNative = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');
/** `IsOvercommitAllowed`: requests may be below limits only for native, non-hugepage resources. */
const isOvercommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);
/** `IsIntegerResourceName`: extended resources (and object counts) must be whole numbers. */
const isIntegerResource = (name: string): boolean => !isNative(name) && !name.startsWith('requests.');

// Note: a core.ResourceName implements fmt.Stringer, so its bad value prints unquoted.
const resourceNameValue = (name: string): GoValue => ({ go: name });

function validateResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((m) => invalid(path, resourceNameValue(name), m));
  if (errs.length > 0) return errs;
  if (!name.includes('/') && !STANDARD_RESOURCES.has(name) && !isHugePages(name)) {
    return [invalid(path, resourceNameValue(name), 'must be a standard resource type or fully qualified')];
  }
  return [];
}

/** `validateContainerResourceName`. */
export function validateContainerResourceName(name: string, path: string): FieldError[] {
  const errs = validateResourceName(name, path);
  if (!name.includes('/')) {
    if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePages(name)) {
      errs.push(invalid(path, resourceNameValue(name), 'must be a standard resource for containers'));
    }
  } else if (!isNative(name) && name.startsWith('requests.')) {
    errs.push(invalid(path, resourceNameValue(name), "doesn't follow extended resource name standard"));
  }
  return errs;
}

/** `ValidateResourceQuantityValue`: not negative; whole for integer resources. */
export function validateQuantityValue(resource: string, q: Quantity, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (isNegativeQuantity(q)) errs.push(invalid(path, quantityString(q), 'must be greater than or equal to 0'));
  // Note: the Quantity itself is passed here, and prints unquoted through its String method.
  if (isIntegerResource(resource) && !isWholeQuantity(q)) errs.push(invalid(path, { go: quantityString(q) }, 'must be an integer'));
  return errs;
}

function parsed(list: ResourceList | undefined): [string, Quantity][] {
  return Object.keys(list ?? {}).sort().flatMap((k) => {
    const r = readQuantity(list![k]);
    return r.ok ? [[k, r.q] as [string, Quantity]] : [];
  });
}

/**
 * `validateResourceRequirements` for a container (or, with `nameFn`, the pod level):
 * names, values, and each request against its limit.
 */
export function validateResourceRequirements(
  reqs: ResourceRequirements | undefined,
  path: string,
  nameFn: (name: string, path: string) => FieldError[] = validateContainerResourceName,
): FieldError[] {
  const errs: FieldError[] = [];
  const limPath = child(path, 'limits');
  const reqPath = child(path, 'requests');
  const limits = new Map(parsed(reqs?.limits));
  let cpuOrMemory = false;
  let hugePages = false;
  for (const [name, q] of limits) {
    const p = key(limPath, name);
    errs.push(...nameFn(name, p), ...validateQuantityValue(name, q, p));
    if (isHugePages(name)) hugePages = true;
    if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
  }
  for (const [name, q] of parsed(reqs?.requests)) {
    const p = key(reqPath, name);
    errs.push(...nameFn(name, p), ...validateQuantityValue(name, q, p));
    const limit = limits.get(name);
    if (limit) {
      const cmp = compareQuantity(q, limit);
      if (cmp !== 0 && !isOvercommitAllowed(name)) {
        errs.push(invalid(reqPath, quantityString(q), `must be equal to ${name} limit of ${quantityString(limit)}`));
      } else if (cmp > 0) {
        errs.push(invalid(reqPath, quantityString(q), `must be less than or equal to ${name} limit of ${quantityString(limit)}`));
      }
    } else if (!isOvercommitAllowed(name)) {
      errs.push(required(limPath, 'Limit must be set for non overcommitable resources'));
    }
    if (isHugePages(name)) hugePages = true;
    if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
  }
  if (!cpuOrMemory && hugePages) errs.push(forbidden(path, 'HugePages require cpu or memory'));
  return errs;
}

const POD_LEVEL_RESOURCES = ['cpu', 'memory'];

/** `validatePodResourceName`: pod-level resources take cpu, memory and hugepages only. */
export function validatePodResourceName(name: string, path: string): FieldError[] {
  const errs = validateResourceName(name, path);
  if (errs.length > 0) return errs;
  if (!POD_LEVEL_RESOURCES.includes(name) && !isHugePages(name)) {
    return [notSupported(path, resourceNameValue(name), POD_LEVEL_RESOURCES)];
  }
  return [];
}
