// ReplicaSet and Deployment (pkg/apis/apps/validation/validation.go: ValidateReplicaSetSpec,
// ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment).
import { child, forbidden, goQuote, goStringMap, invalid, notSupported, required, type GoValue } from './field-errors.js';
import type { Deployment, FieldError, LabelSelector, PodTemplateSpec, ReplicaSet } from './types.js';
import { selectorMatches, validateLabelSelector, validateObjectMeta } from './validate-meta.js';
import { isValidPercent, nameIsDNSSubdomain } from './validate-names.js';
import { validatePodTemplate } from './validate-pod-spec.js';

const nonNegative = (v: number | undefined, path: string): FieldError[] =>
  (v ?? 0) < 0 ? [invalid(path, v!, 'must be greater than or equal to 0')] : [];

/** `%#v` of a `*metav1.LabelSelector`, as printed for an empty selector. */
function selectorValue(sel: LabelSelector): GoValue {
  const labels = sel.matchLabels ? (goStringMap(sel.matchLabels) as { go: string }).go : 'map[string]string(nil)';
  return { go: `&v1.LabelSelector{MatchLabels:${labels}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}` };
}

/** The selector and template checks shared by ReplicaSets and Deployments. */
function validateSelectorAndTemplate(
  spec: { readonly selector?: LabelSelector; readonly template?: PodTemplateSpec }, owner: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const sel = spec.selector;
  if (!sel) errs.push(required('spec.selector'));
  else {
    errs.push(...validateLabelSelector(sel, 'spec.selector'));
    if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) {
      // Note: upstream says "deployment" here for ReplicaSets too.
      errs.push(invalid('spec.selector', selectorValue(sel), 'empty selector is invalid for deployment'));
    }
  }
  const template = spec.template;
  if (!template) return [...errs, required('spec.template')];
  // Note: a missing selector matches nothing (labels.Nothing), so the labels check fails too;
  // an empty one (labels.Everything) is not compared.
  const empty = sel !== undefined && Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0;
  if (!empty && !selectorMatches(sel, template.metadata?.labels)) {
    errs.push(invalid('spec.template.metadata.labels', goStringMap(template.metadata?.labels), '`selector` does not match template `labels`'));
  }
  return [...errs, ...validatePodTemplate(template, 'spec.template', owner)];
}

export function validateReplicaSet(rs: ReplicaSet): FieldError[] {
  const spec = rs.spec ?? ({} as ReplicaSet['spec']);
  return [
    ...validateObjectMeta(rs.metadata, true, nameIsDNSSubdomain),
    ...nonNegative(spec.replicas, 'spec.replicas'),
    ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...validateSelectorAndTemplate(spec, 'ReplicaSet'),
  ];
}

/** An IntOrString as Go prints it through its String method (unquoted). */
const intOrPercent = (v: number | string): GoValue => ({ go: String(v) });

function percentOrInt(v: number | string | undefined): number {
  if (typeof v === 'string') return isValidPercent(v).length === 0 ? Number(v.slice(0, -1)) : 0;
  return v ?? 0;
}

function validateIntOrPercent(v: number | string | undefined, path: string): FieldError[] {
  if (typeof v === 'string') return isValidPercent(v).map((m) => invalid(path, intOrPercent(v), m));
  return nonNegative(v, path);
}

function validateStrategy(strategy: Deployment['spec']['strategy']): FieldError[] {
  const path = 'spec.strategy';
  const type = (strategy?.type ?? '') as string;
  if (type === 'Recreate') {
    return strategy?.rollingUpdate ? [forbidden(child(path, 'rollingUpdate'), "may not be specified when strategy `type` is 'Recreate'")] : [];
  }
  if (type !== 'RollingUpdate') {
    // Note: the whole strategy is printed with %#v; a set rollingUpdate would show a pointer address.
    const ru = strategy?.rollingUpdate ? '(*apps.RollingUpdateDeployment)(0xc000000000)' : '(*apps.RollingUpdateDeployment)(nil)';
    return [notSupported(path, { go: `apps.DeploymentStrategy{Type:${goQuote(type)}, RollingUpdate:${ru}}` }, ['Recreate', 'RollingUpdate'])];
  }
  const ru = strategy?.rollingUpdate;
  if (!ru) return [required(child(path, 'rollingUpdate'), 'this should be defaulted and never be nil')];
  const p = child(path, 'rollingUpdate');
  const errs = [
    ...validateIntOrPercent(ru.maxUnavailable, child(p, 'maxUnavailable')),
    ...validateIntOrPercent(ru.maxSurge, child(p, 'maxSurge')),
  ];
  if (percentOrInt(ru.maxUnavailable) === 0 && percentOrInt(ru.maxSurge) === 0) {
    errs.push(invalid(child(p, 'maxUnavailable'), intOrPercent(ru.maxUnavailable ?? 0), 'may not be 0 when `maxSurge` is 0'));
  }
  if (typeof ru.maxUnavailable === 'string' && percentOrInt(ru.maxUnavailable) > 100) {
    errs.push(invalid(child(p, 'maxUnavailable'), intOrPercent(ru.maxUnavailable), 'must not be greater than 100%'));
  }
  return errs;
}

export function validateDeployment(d: Deployment): FieldError[] {
  const spec = d.spec ?? ({} as Deployment['spec']);
  const errs = [
    ...validateObjectMeta(d.metadata, true, nameIsDNSSubdomain),
    ...nonNegative(spec.replicas, 'spec.replicas'),
    ...validateSelectorAndTemplate(spec, 'ReplicaSet'),
    ...validateStrategy(spec.strategy),
    ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'),
  ];
  const pds = spec.progressDeadlineSeconds;
  if (pds !== undefined) {
    errs.push(...nonNegative(pds, 'spec.progressDeadlineSeconds'));
    if (pds <= (spec.minReadySeconds ?? 0)) errs.push(invalid('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
  }
  return errs;
}
