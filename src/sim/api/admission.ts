// The admission plugins a Pod passes on create, in the order kube-apiserver runs them:
// NamespaceLifecycle, ServiceAccount, DefaultTolerationSeconds, Priority.
import { nextInt, type RngState } from '../rng.js';
import type { ApiError } from './api-error.js';
import { kindInfoOf } from './kinds.js';
import type { Container, KubeObject, Pod, PodSpec, Toleration, Volume } from './types.js';

/** What admission needs to know about the cluster. */
export interface AdmissionContext {
  /** Namespaces that exist; when omitted, every namespace is taken to exist. */
  readonly namespaces?: readonly string[];
  /** PriorityClasses by name and value, besides the two built-in system classes. */
  readonly priorityClasses?: Readonly<Record<string, number>>;
  /** ServiceAccount admission mounts the API token volume (true unless the caller turns it off). */
  readonly mountServiceAccountToken?: boolean;
}

/** The alphabet and length of `names.SimpleNameGenerator` (no vowels, no 0/1/3 lookalikes). */
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const RANDOM_LENGTH = 5;
const MAX_GENERATED_NAME_LENGTH = 63 - RANDOM_LENGTH;

/** `SimpleNameGenerator.GenerateName`: the base (cut to 58 characters) plus 5 random characters. */
export function generateName(base: string, rng: RngState): [string, RngState] {
  let s = rng;
  let suffix = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) {
    const [n, next] = nextInt(s, NAME_ALPHABET.length);
    suffix += NAME_ALPHABET[n];
    s = next;
  }
  return [`${base.slice(0, MAX_GENERATED_NAME_LENGTH)}${suffix}`, s];
}

/** NamespaceLifecycle: a namespaced object needs its namespace to exist. */
export function checkNamespace(object: KubeObject, ctx: AdmissionContext): ApiError | undefined {
  const ns = object.metadata?.namespace;
  if (!kindInfoOf(object).namespaced || ctx.namespaces === undefined || ns === undefined) return undefined;
  return ctx.namespaces.includes(ns) ? undefined : { reason: 'NotFound', resource: 'namespaces', name: ns };
}

const SYSTEM_PRIORITY_CLASSES: Readonly<Record<string, number>> = {
  'system-cluster-critical': 2000000000,
  'system-node-critical': 2000001000,
};

/** The priority a pod gets from its class, or the admission refusal (plugin/pkg/admission/priority). */
export function resolvePriority(pod: Pod, ctx: AdmissionContext): { readonly priority: number } | { readonly error: ApiError } {
  const className = pod.spec?.priorityClassName ?? '';
  const name = pod.metadata?.name ?? '';
  const forbidden = (detail: string): { error: ApiError } => ({ error: { reason: 'Forbidden', resource: 'pods', name, detail } });
  let priority = 0;
  if (className) {
    const value = SYSTEM_PRIORITY_CLASSES[className] ?? ctx.priorityClasses?.[className];
    if (value === undefined) return forbidden(`no PriorityClass with name ${className} was found`);
    priority = value;
  }
  const given = pod.spec?.priority;
  if (given !== undefined && given !== priority) {
    return forbidden(`the integer value of priority (${given}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`);
  }
  // Note: every class podlab knows preempts lower priorities (PreemptLowerPriority).
  const policy = pod.spec?.preemptionPolicy;
  if (policy !== undefined && policy !== 'PreemptLowerPriority') {
    return forbidden(`the string value of PreemptionPolicy (${policy}) must not be provided in pod spec; priority admission controller computed PreemptLowerPriority from the given PriorityClass name`);
  }
  return { priority };
}

export const SERVICE_ACCOUNT_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The projected volume ServiceAccount admission adds (TokenVolumeSource). */
function tokenVolume(name: string): Volume {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        // Note: serviceaccount.WarnOnlyBoundTokenExpirationSeconds, 1h + 7s.
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  };
}

function withMount(c: Container, volumeName: string): Container | undefined {
  if ((c.volumeMounts ?? []).some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT_PATH)) return undefined;
  return { ...c, volumeMounts: [...(c.volumeMounts ?? []), { mountPath: SERVICE_ACCOUNT_MOUNT_PATH, name: volumeName, readOnly: true }] };
}

/**
 * ServiceAccount admission: `serviceAccountName: default`, and unless automount is off, a
 * `kube-api-access-xxxxx` projected volume mounted read-only in every container (init
 * containers included). The suffix is drawn from the seeded generator.
 */
export function admitServiceAccount(spec: PodSpec, rng: RngState, mount: boolean): [PodSpec, RngState] {
  const out = { ...spec, serviceAccountName: spec.serviceAccountName || 'default' };
  if (!mount || spec.automountServiceAccountToken === false) return [out, rng];
  // Note: admission runs before validation, so a volume may still lack its (required) name;
  // Go reads the missing name as "".
  const existing = (spec.volumes ?? []).find((v) => (v.name ?? '').startsWith('kube-api-access-'));
  let volumeName = existing?.name;
  let next = rng;
  if (!volumeName) [volumeName, next] = generateName('kube-api-access-', rng);
  let needed = false;
  const mountAll = (list: readonly Container[] | undefined): Container[] | undefined => list?.map((c) => {
    const m = withMount(c, volumeName!);
    if (m) needed = true;
    return m ?? c;
  });
  const initContainers = mountAll(spec.initContainers);
  const containers = mountAll(spec.containers) ?? [];
  if (!needed) return [out, rng];
  const volumes = existing ? spec.volumes : [...(spec.volumes ?? []), tokenVolume(volumeName)];
  return [{ ...out, containers, ...(initContainers ? { initContainers } : {}), volumes }, next];
}

/** DefaultTolerationSeconds: tolerate not-ready and unreachable nodes for 300 s unless already tolerated. */
export function admitDefaultTolerations(spec: PodSpec): PodSpec {
  const list = spec.tolerations ?? [];
  const covers = (key: string): boolean => list.some((t) => (t.key === key || !t.key) && (t.effect === 'NoExecute' || !t.effect));
  const added: Toleration[] = [];
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    if (!covers(key)) added.push({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 });
  }
  return added.length > 0 ? { ...spec, tolerations: [...list, ...added] } : spec;
}
