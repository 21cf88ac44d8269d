// `ValidatePodSpec` and the Pod / pod template entry points
// (pkg/apis/core/validation/validation.go: ValidatePodSpec, validatePodMetadataAndSpec,
// ValidatePodCreate, ValidatePodTemplateSpec). Checks run in upstream's order.
import { child, duplicate, forbidden, goQuote, index, invalid, notSupported, required } from './field-errors.js';
import type { FieldError, Pod, PodSpec, PodTemplateSpec } from './types.js';
import { validateContainers, validateInitContainers } from './validate-container.js';
import { validateAnnotations, validateLabels, validateObjectMeta } from './validate-meta.js';
import {
  inclusiveRangeError, isDNS1123Label, isQualifiedName, isValidUnixId, nameIsDNSSubdomain,
} from './validate-names.js';
import { validatePodResourceName, validateResourceRequirements } from './validate-resources.js';
import { validateAffinity, validateTolerations } from './validate-scheduling.js';
import { validateVolumes } from './validate-volumes.js';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const MAX_INT32 = 2 ** 31 - 1;

function enumField(value: string | undefined, valid: readonly string[], path: string): FieldError[] {
  if (!value) return [required(path)];
  return valid.includes(value) ? [] : [notSupported(path, value, valid)];
}

function nameField(value: string | undefined, path: string): FieldError[] {
  return value ? nameIsDNSSubdomain(value, false).map((m) => invalid(path, value, m)) : [];
}

function validatePodSecurityContext(sc: Readonly<Record<string, unknown>> | undefined, path: string): FieldError[] {
  if (!sc) return [];
  const errs: FieldError[] = [];
  for (const f of ['fsGroup', 'runAsUser', 'runAsGroup'] as const) {
    const v = sc[f];
    if (typeof v === 'number') errs.push(...isValidUnixId(v).map((m) => invalid(child(path, f), v, m)));
  }
  const groups = Array.isArray(sc.supplementalGroups) ? sc.supplementalGroups as number[] : [];
  groups.forEach((g, i) => errs.push(...isValidUnixId(g).map((m) => invalid(index(child(path, 'supplementalGroups'), i), g, m))));
  return errs;
}

function validateDnsConfig(spec: PodSpec, path: string): FieldError[] {
  const config = spec.dnsConfig;
  if (spec.dnsPolicy === 'None') {
    if (!config) return [required(path, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if ((config.nameservers ?? []).length === 0) {
      return [required(child(path, 'nameservers'), 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
    }
  }
  if (!config) return [];
  const errs: FieldError[] = [];
  const ns = config.nameservers ?? [];
  if (ns.length > 3) errs.push(invalid(child(path, 'nameservers'), { go: `[]string{${ns.map(goQuote).join(', ')}}` }, 'must not have more than 3 nameservers'));
  return errs;
}

/** `ValidatePodSpec`: the checks shared by Pods and pod templates. */
export function validatePodSpec(spec: PodSpec | undefined, path: string): FieldError[] {
  const s: PodSpec = spec ?? { containers: [] };
  const errs: FieldError[] = [];
  const grace = s.terminationGracePeriodSeconds;
  if (grace === undefined) errs.push(required(child(path, 'terminationGracePeriodSeconds')));
  const vols = validateVolumes(s.volumes, child(path, 'volumes'));
  errs.push(...vols.errors);
  errs.push(...validateContainers(s.containers, vols.names, grace, child(path, 'containers')));
  errs.push(...validateInitContainers(s.initContainers, s.containers, vols.names, grace, child(path, 'initContainers')));
  if (s.resources) errs.push(...validateResourceRequirements(s.resources, child(path, 'resources'), validatePodResourceName));
  errs.push(...enumField(s.restartPolicy, RESTART_POLICIES, child(path, 'restartPolicy')));
  errs.push(...enumField(s.dnsPolicy, DNS_POLICIES, child(path, 'dnsPolicy')));
  errs.push(...validateLabels(s.nodeSelector, child(path, 'nodeSelector')));
  errs.push(...validatePodSecurityContext(s.securityContext, child(path, 'securityContext')));
  errs.push(...validateAffinity(s.affinity, child(path, 'affinity')));
  errs.push(...validateDnsConfig(s, child(path, 'dnsConfig')));
  for (const [i, gate] of (s.readinessGates ?? []).entries()) {
    const p = child(index(child(path, 'readinessGates'), i), 'conditionType');
    errs.push(...isQualifiedName(gate.conditionType ?? '').map((m) => invalid(p, gate.conditionType ?? '', m)));
  }
  const gates = new Set<string>();
  for (const [i, gate] of (s.schedulingGates ?? []).entries()) {
    const p = index(child(path, 'schedulingGates'), i);
    errs.push(...isQualifiedName(gate.name ?? '').map((m) => invalid(p, gate.name ?? '', m)));
    if (gates.has(gate.name)) errs.push(duplicate(p, gate.name));
    gates.add(gate.name);
  }
  errs.push(...nameField(s.serviceAccountName, child(path, 'serviceAccountName')));
  errs.push(...nameField(s.nodeName, child(path, 'nodeName')));
  const ads = s.activeDeadlineSeconds;
  if (ads !== undefined && (ads < 1 || ads > MAX_INT32)) {
    errs.push(invalid(child(path, 'activeDeadlineSeconds'), ads, inclusiveRangeError(1, MAX_INT32)));
  }
  for (const f of ['hostname', 'subdomain'] as const) {
    const v = s[f];
    if (v) errs.push(...isDNS1123Label(v).map((m) => invalid(child(path, f), v, m)));
  }
  errs.push(...validateTolerations(s.tolerations, child(path, 'tolerations')));
  errs.push(...nameField(s.priorityClassName, child(path, 'priorityClassName')));
  errs.push(...nameField(s.runtimeClassName, child(path, 'runtimeClassName')));
  if (s.preemptionPolicy !== undefined) {
    errs.push(...enumField(s.preemptionPolicy, ['PreemptLowerPriority', 'Never'], child(path, 'preemptionPolicy')));
  }
  if (s.os) errs.push(...enumField(s.os.name, ['linux', 'windows'], child(path, 'os', 'name')));
  return errs;
}

/** `ValidatePodCreate`. */
export function validatePod(pod: Pod): FieldError[] {
  const errs = validateObjectMeta(pod.metadata, true, nameIsDNSSubdomain);
  errs.push(...validatePodSpec(pod.spec, 'spec'));
  for (const [field, list] of [['containers', pod.spec?.containers], ['initContainers', pod.spec?.initContainers]] as const) {
    for (const [i, c] of (list ?? []).entries()) {
      if (c.image !== undefined && c.image !== c.image.trim()) {
        errs.push(invalid(child(index(child('spec', field), i), 'image'), c.image, 'must not have leading or trailing whitespace'));
      }
    }
  }
  if ((pod.spec?.ephemeralContainers ?? []).length > 0) errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'));
  if (pod.spec?.nodeName && (pod.spec.schedulingGates ?? []).length > 0) {
    errs.push(forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'));
  }
  return errs;
}

/**
 * `ValidatePodTemplateSpec` plus the controller rules of
 * `ValidatePodTemplateSpecForReplicaSet` (restartPolicy Always, no activeDeadlineSeconds).
 * Note: template labels are checked at `template.labels`, not `template.metadata.labels`.
 */
export function validatePodTemplate(template: PodTemplateSpec | undefined, path: string, owner: string): FieldError[] {
  if (!template) return [required(path)];
  const errs = [
    ...validateLabels(template.metadata?.labels, child(path, 'labels')),
    ...validateAnnotations(template.metadata?.annotations, child(path, 'annotations')),
    ...validatePodSpec(template.spec, child(path, 'spec')),
  ];
  if ((template.spec?.ephemeralContainers ?? []).length > 0) {
    errs.push(forbidden(child(path, 'spec', 'ephemeralContainers'), 'ephemeral containers not allowed in pod template'));
  }
  if (template.spec?.restartPolicy !== 'Always') {
    errs.push(notSupported(child(path, 'spec', 'restartPolicy'), template.spec?.restartPolicy ?? '', ['Always']));
  }
  if (template.spec?.activeDeadlineSeconds !== undefined) {
    errs.push(forbidden(child(path, 'spec', 'activeDeadlineSeconds'), `activeDeadlineSeconds in ${owner} is not Supported`));
  }
  return errs;
}
