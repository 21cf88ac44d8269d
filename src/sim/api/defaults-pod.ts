// Defaulting of pod specs, containers, probes and volumes (pkg/apis/core/v1/defaults.go and
// zz_generated.defaults.go SetObjectDefaults_Pod / _PodTemplate). Pure: returns new objects, built
// as copies given their defaults key by key (a spread plus new keys is slow; see own-props.ts).
import { defaultPullPolicy } from './image-ref.js';
import { canonicalQuantity } from './quantity-adapter.js';
import type { Container, PodSpec, Probe, ResourceRequirements, Volume } from './types.js';
import { sharedShape } from '../own-props.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Rec = Record<string, unknown>;

/** Where a pod spec lives: a Pod gets SetDefaults_Pod on top of the pod-spec defaults. */
export interface PodSpecDefaultsOptions {
  readonly isPod: boolean;
}

/** `SetDefaults_ResourceList`: every quantity rounded up to `1m` and stored canonically. */
export function canonicalResourceList(list: Readonly<Record<string, string | number>> | undefined): Record<string, string | number> | undefined {
  if (!list) return undefined;
  return Object.fromEntries(Object.entries(list).map(([k, v]) => [k, canonicalQuantity(v, true)]));
}

function defaultResources(r: ResourceRequirements | undefined, isPod: boolean): ResourceRequirements {
  let requests = r?.requests;
  // Note: SetDefaults_Pod copies each limit into a missing request, for Pods only (not templates).
  if (isPod && r?.limits) requests = { ...r.limits, ...(r.requests ?? {}) };
  const out: Mutable<ResourceRequirements> = sharedShape(r ?? {});
  if (r?.limits) out.limits = canonicalResourceList(r.limits);
  if (requests) out.requests = canonicalResourceList(requests);
  return out;
}

type HttpGet = NonNullable<Probe['httpGet']>;

/** `SetDefaults_HTTPGetAction`. */
function defaultHttpGet(h: HttpGet): HttpGet {
  const out: Mutable<HttpGet> = sharedShape(h);
  out.path = h.path || '/';
  out.scheme = h.scheme || 'HTTP';
  return out;
}

/** `SetDefaults_Probe`: zero means "not set" for these int32 fields. */
function defaultProbe(p: Probe | undefined): Probe | undefined {
  if (!p) return undefined;
  const out: Mutable<Probe> = sharedShape(p);
  if (p.httpGet) out.httpGet = defaultHttpGet(p.httpGet);
  out.timeoutSeconds = p.timeoutSeconds || 1;
  out.periodSeconds = p.periodSeconds || 10;
  out.successThreshold = p.successThreshold || 1;
  out.failureThreshold = p.failureThreshold || 3;
  return out;
}

function defaultLifecycle(l: Container['lifecycle']): Container['lifecycle'] {
  if (!l) return undefined;
  const out: Rec = { ...l };
  for (const k of ['postStart', 'preStop'] as const) {
    const h = l[k];
    if (h?.httpGet) out[k] = { ...h, httpGet: defaultHttpGet(h.httpGet) };
  }
  return out as Container['lifecycle'];
}

/** `SetDefaults_Container` plus the generated per-field defaults of a container. */
export function defaultContainer(c: Container, opts: PodSpecDefaultsOptions & { readonly hostNetwork?: boolean }): Container {
  const out: Mutable<Container> = sharedShape(c);
  out.imagePullPolicy = c.imagePullPolicy ?? defaultPullPolicy(c.image);
  out.terminationMessagePath = c.terminationMessagePath ?? '/dev/termination-log';
  out.terminationMessagePolicy = c.terminationMessagePolicy ?? 'File';
  out.resources = defaultResources(c.resources, opts.isPod);
  if (c.ports) {
    out.ports = c.ports.map((p) => {
      const port: Mutable<typeof p> = sharedShape(p);
      port.protocol = p.protocol ?? 'TCP';
      // Note: SetDefaults_Pod's defaultHostNetworkPorts, Pods only.
      if (opts.isPod && opts.hostNetwork && !p.hostPort) port.hostPort = p.containerPort;
      return port;
    });
  }
  if (c.env) {
    out.env = c.env.map((e) => (e.valueFrom?.fieldRef && !e.valueFrom.fieldRef.apiVersion
      ? { ...e, valueFrom: { ...e.valueFrom, fieldRef: { ...e.valueFrom.fieldRef, apiVersion: 'v1' } } }
      : e));
  }
  for (const k of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
    if (c[k]) out[k] = defaultProbe(c[k]);
  }
  if (c.lifecycle) out.lifecycle = defaultLifecycle(c.lifecycle);
  return out;
}

function withFieldRefVersion(items: unknown): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((it: Rec) => {
    const ref = it.fieldRef as Rec | undefined;
    return ref && !ref.apiVersion ? { ...it, fieldRef: { ...ref, apiVersion: 'v1' } } : it;
  });
}

/** `SetDefaults_Volume` and the per-source defaults (modes 0644 = 420, token lifetime 1h). */
export function defaultVolume(v: Volume): Volume {
  const src = v as unknown as Rec;
  const sources = Object.keys(src).filter((k) => k !== 'name');
  if (sources.length === 0) return { ...v, emptyDir: {} };
  const out: Rec = { ...src };
  const withMode = (k: string, extra: Rec = {}): void => {
    const s = src[k] as Rec | undefined;
    if (s) out[k] = { ...s, defaultMode: s.defaultMode ?? 420, ...extra };
  };
  withMode('secret');
  withMode('configMap');
  if (src.downwardAPI) withMode('downwardAPI', { items: withFieldRefVersion((src.downwardAPI as Rec).items) });
  if (src.projected) {
    const proj = src.projected as Rec;
    const list = Array.isArray(proj.sources) ? (proj.sources as Rec[]) : undefined;
    const projected = list?.map((s) => {
      if (s.downwardAPI) return { ...s, downwardAPI: { ...(s.downwardAPI as Rec), items: withFieldRefVersion((s.downwardAPI as Rec).items) } };
      if (s.serviceAccountToken) {
        const t = s.serviceAccountToken as Rec;
        return { ...s, serviceAccountToken: { ...t, expirationSeconds: t.expirationSeconds ?? 3600 } };
      }
      return s;
    });
    withMode('projected', projected ? { sources: projected } : {});
  }
  if (src.hostPath) out.hostPath = { ...(src.hostPath as Rec), type: (src.hostPath as Rec).type ?? '' };
  const empty = src.emptyDir as Rec | undefined;
  if (empty?.sizeLimit !== undefined) {
    out.emptyDir = { ...empty, sizeLimit: canonicalQuantity(empty.sizeLimit as string | number, false) };
  }
  return out as unknown as Volume;
}

/** `SetDefaults_PodSpec`, plus `SetDefaults_Pod` when `isPod`. */
export function defaultPodSpec(spec: PodSpec, opts: PodSpecDefaultsOptions): PodSpec {
  const hostNetwork = spec.hostNetwork === true;
  const out: Mutable<PodSpec> = sharedShape(spec);
  out.containers = (spec.containers ?? []).map((c) => defaultContainer(c, { ...opts, hostNetwork }));
  out.dnsPolicy = spec.dnsPolicy ?? 'ClusterFirst';
  out.restartPolicy = spec.restartPolicy ?? 'Always';
  out.securityContext = spec.securityContext ?? {};
  out.terminationGracePeriodSeconds = spec.terminationGracePeriodSeconds ?? 30;
  out.schedulerName = spec.schedulerName ?? 'default-scheduler';
  if (spec.initContainers) out.initContainers = spec.initContainers.map((c) => defaultContainer(c, { ...opts, hostNetwork }));
  if (spec.volumes) out.volumes = spec.volumes.map(defaultVolume);
  if (spec.overhead) out.overhead = canonicalResourceList(spec.overhead);
  if (spec.resources) out.resources = defaultResources(spec.resources, false);
  if (opts.isPod) out.enableServiceLinks = spec.enableServiceLinks ?? true;
  return out;
}
