// The cluster network as processes see it: DNS for Services, Service cluster IPs routed to a
// ready endpoint (kube-proxy), pod IPs routed to the pod's containers.
import type { Pod, Service, ServicePort } from '../api/types.js';
import type { SimState } from '../engine/state.js';
import { mapSelectorMatches } from '../store/labels.js';
import { listObjects } from '../store/store.js';
import { isConditionTrue } from '../status/containers.js';
import type { PodRuntime } from './types.js';

/** The Service of a cluster IP, if any. */
export function serviceByIP(state: SimState, ip: string): Service | undefined {
  for (const [key, sip] of state.clusterIPs) {
    if (sip !== ip) continue;
    const [ns, name] = key.split('/');
    return listObjects(state.store, 'Service', ns).find((s) => s.metadata.name === name);
  }
  return undefined;
}

/**
 * Endpoints of a Service: pods in its namespace matching its selector that are Ready and not
 * terminating (pkg/controller/endpointslice: a pod with a deletionTimestamp leaves at once).
 */
export function readyEndpoints(state: SimState, svc: Service): Pod[] {
  const ns = svc.metadata.namespace ?? 'default';
  return listObjects(state.store, 'Pod', ns)
    .filter((p) => mapSelectorMatches(svc.spec?.selector, p.metadata.labels))
    .filter((p) => p.metadata.deletionTimestamp == null && !!p.status?.podIP && isConditionTrue(p.status?.conditions, 'Ready'))
    .sort((a, b) => (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
}

/** The container port a Service port targets in a pod (`targetPort` by number or by name). */
export function targetPortIn(pod: Pod, sp: ServicePort): number | undefined {
  const target = sp.targetPort ?? sp.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  for (const c of pod.spec.containers) for (const p of c.ports ?? []) if (p.name === target) return p.containerPort;
  return undefined;
}

/** The pod runtime that owns a pod IP (running sandboxes only). */
export function podByIP(state: SimState, ip: string): PodRuntime | undefined {
  for (const pr of state.pods.values()) if (pr.podIP === ip && pr.isActive && pr.sandbox === 'ready') return pr;
  return undefined;
}

/** `fqdn` → IP: Services (`name.ns.svc.cluster.local`) and pod A records (`1-2-3-4.ns.pod...`). */
export function resolveFqdn(state: SimState, fqdn: string): string | undefined {
  const name = fqdn.replace(/\.$/, '');
  const svc = name.match(/^([^.]+)\.([^.]+)\.svc\.cluster\.local$/);
  if (svc) {
    const found = listObjects(state.store, 'Service', svc[2]).find((s) => s.metadata.name === svc[1]);
    if (!found) return undefined;
    const ip = state.clusterIPs.get(`${svc[2]}/${svc[1]}`);
    if (ip && ip !== 'None') return ip;
    return readyEndpoints(state, found)[0]?.status?.podIP;
  }
  const pod = name.match(/^(\d+)-(\d+)-(\d+)-(\d+)\.[^.]+\.pod\.cluster\.local$/);
  return pod ? `${pod[1]}.${pod[2]}.${pod[3]}.${pod[4]}` : undefined;
}
