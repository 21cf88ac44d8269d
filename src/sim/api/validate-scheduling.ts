// Tolerations and affinity (pkg/apis/core/validation/validation.go: ValidateTolerations,
// validateAffinity, ValidateNodeSelector, validatePodAffinityTerm).
import { child, forbidden, index, invalid, notSupported, required } from './field-errors.js';
import type { FieldError, NodeSelectorTerm, PodSpec, Toleration } from './types.js';
import { validateLabelName, validateLabelSelector } from './validate-meta.js';
import { isValidLabelValue, nameIsDNSLabel, nameIsDNSSubdomain } from './validate-names.js';

export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function validateTaintEffect(effect: string, allowEmpty: boolean, path: string): FieldError[] {
  if (!allowEmpty && !effect) return [required(path)];
  return TAINT_EFFECTS.includes(effect) ? [] : [notSupported(path, effect, TAINT_EFFECTS)];
}

export function validateTolerations(tolerations: readonly Toleration[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [i, t] of (tolerations ?? []).entries()) {
    const p = index(path, i);
    const op = (t.operator ?? '') as string;
    if (t.key) errs.push(...validateLabelName(t.key, child(p, 'key')));
    if (!t.key && op !== 'Exists') {
      errs.push(invalid(child(p, 'operator'), op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      errs.push(invalid(child(p, 'effect'), t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (op === 'Equal' || op === '') {
      const msgs = isValidLabelValue(t.value ?? '');
      // Note: upstream reports a bad value at the operator's path, messages joined by ";".
      if (msgs.length > 0) errs.push(invalid(child(p, 'operator'), t.value ?? '', msgs.join(';')));
    } else if (op === 'Exists') {
      if (t.value) errs.push(invalid(child(p, 'operator'), t.value, "value must be empty when `operator` is 'Exists'"));
    } else {
      errs.push(notSupported(child(p, 'operator'), op, ['Equal', 'Exists']));
    }
    if (t.effect) errs.push(...validateTaintEffect(t.effect, true, child(p, 'effect')));
  }
  return errs;
}

function validateRequirement(
  r: { readonly key: string; readonly operator: string; readonly values?: readonly string[] }, path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) errs.push(required(child(path, 'values'), "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) errs.push(forbidden(child(path, 'values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    case 'Gt':
    case 'Lt':
      if (values.length !== 1) errs.push(required(child(path, 'values'), "must be specified single value when `operator` is 'Lt' or 'Gt'"));
      break;
    default:
      errs.push(invalid(child(path, 'operator'), r.operator ?? '', 'not a valid selector operator'));
  }
  errs.push(...validateLabelName(r.key ?? '', child(path, 'key')));
  values.forEach((v, i) => errs.push(...isValidLabelValue(v).map((m) => invalid(index(child(path, 'values'), i), v, m))));
  return errs;
}

function validateTerm(term: NodeSelectorTerm, path: string): FieldError[] {
  const errs = (term.matchExpressions ?? []).flatMap((r, j) => validateRequirement(r, index(child(path, 'matchExpressions'), j)));
  for (const [j, r] of (term.matchFields ?? []).entries()) {
    const p = index(child(path, 'matchFields'), j);
    if (r.operator !== 'In' && r.operator !== 'NotIn') errs.push(invalid(child(p, 'operator'), r.operator ?? '', 'not a valid selector operator'));
    else if ((r.values ?? []).length !== 1) {
      errs.push(required(child(p, 'values'), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
    }
    if (r.key !== 'metadata.name') errs.push(invalid(child(p, 'key'), r.key ?? '', 'not a valid field selector key'));
    else (r.values ?? []).forEach((v, i) => errs.push(...nameIsDNSSubdomain(v, false).map((m) => invalid(index(child(p, 'values'), i), v, m))));
  }
  return errs;
}

type PodAffinityTerm = {
  readonly labelSelector?: Parameters<typeof validateLabelSelector>[0];
  readonly namespaceSelector?: Parameters<typeof validateLabelSelector>[0];
  readonly namespaces?: readonly string[];
  readonly topologyKey?: string;
};

function validatePodAffinityTerm(t: PodAffinityTerm, path: string): FieldError[] {
  const errs = [
    ...validateLabelSelector(t.labelSelector, child(path, 'labelSelector')),
    ...validateLabelSelector(t.namespaceSelector, child(path, 'namespaceSelector')),
  ];
  for (const ns of t.namespaces ?? []) errs.push(...nameIsDNSLabel(ns, false).map((m) => invalid(child(path, 'namespace'), ns, m)));
  if (!t.topologyKey) errs.push(required(child(path, 'topologyKey'), 'can not be empty'));
  return [...errs, ...validateLabelName(t.topologyKey ?? '', child(path, 'topologyKey'))];
}

type PodAffinity = {
  readonly requiredDuringSchedulingIgnoredDuringExecution?: readonly PodAffinityTerm[];
  readonly preferredDuringSchedulingIgnoredDuringExecution?: readonly { readonly weight: number; readonly podAffinityTerm: PodAffinityTerm }[];
};

function validatePodAffinity(a: PodAffinity | undefined, path: string): FieldError[] {
  if (!a) return [];
  const req = child(path, 'requiredDuringSchedulingIgnoredDuringExecution');
  const pref = child(path, 'preferredDuringSchedulingIgnoredDuringExecution');
  return [
    ...(a.requiredDuringSchedulingIgnoredDuringExecution ?? []).flatMap((t, i) => validatePodAffinityTerm(t, index(req, i))),
    ...(a.preferredDuringSchedulingIgnoredDuringExecution ?? []).flatMap((w, i) => [
      ...(w.weight <= 0 || w.weight > 100 ? [invalid(child(index(pref, i), 'weight'), w.weight ?? 0, 'must be in the range 1-100')] : []),
      ...validatePodAffinityTerm(w.podAffinityTerm ?? {}, child(index(pref, i), 'podAffinityTerm')),
    ]),
  ];
}

export function validateAffinity(affinity: PodSpec['affinity'], path: string): FieldError[] {
  if (!affinity) return [];
  const errs: FieldError[] = [];
  const na = affinity.nodeAffinity;
  if (na) {
    const naPath = child(path, 'nodeAffinity');
    const reqd = na.requiredDuringSchedulingIgnoredDuringExecution;
    if (reqd) {
      const termsPath = child(naPath, 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms');
      const terms = reqd.nodeSelectorTerms ?? [];
      if (terms.length === 0) errs.push(required(termsPath, 'must have at least one node selector term'));
      terms.forEach((t, i) => errs.push(...validateTerm(t, index(termsPath, i))));
    }
    const prefPath = child(naPath, 'preferredDuringSchedulingIgnoredDuringExecution');
    for (const [i, term] of (na.preferredDuringSchedulingIgnoredDuringExecution ?? []).entries()) {
      if (term.weight <= 0 || term.weight > 100) errs.push(invalid(child(index(prefPath, i), 'weight'), term.weight ?? 0, 'must be in the range 1-100'));
      errs.push(...validateTerm(term.preference ?? {}, child(index(prefPath, i), 'preference')));
    }
  }
  errs.push(...validatePodAffinity(affinity.podAffinity as PodAffinity | undefined, child(path, 'podAffinity')));
  errs.push(...validatePodAffinity(affinity.podAntiAffinity as PodAffinity | undefined, child(path, 'podAntiAffinity')));
  return errs;
}
