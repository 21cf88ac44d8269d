// Cluster DNS as a pod sees it: resolv.conf search domains with ndots:5, Service names.

import type { ProcWorld } from './types.js';

export const CLUSTER_DOMAIN = 'cluster.local';
export const DEFAULT_DNS_SERVER = '10.96.0.10';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The `search` line of the resolv.conf the kubelet writes for dnsPolicy ClusterFirst. */
export function searchDomains(namespace: string): readonly string[] {
  return [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
}

/**
 * Names tried for `name`, in order. Note: with `options ndots:5` a name with fewer than five dots
 * goes through the search list first (glibc and musl resolv.conf semantics).
 */
export function candidateNames(name: string, namespace: string): readonly string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const searched = searchDomains(namespace).map((d) => `${name}.${d}`);
  return name.split('.').length - 1 < 5 ? [...searched, name] : [name, ...searched];
}

/** Resolves a host the way a container does; undefined when the name does not exist. */
export function lookupHost(world: ProcWorld, name: string): { readonly ip: string; readonly fqdn: string } | undefined {
  if (IPV4.test(name)) return { ip: name, fqdn: name };
  if (name === 'localhost') return { ip: '127.0.0.1', fqdn: 'localhost' };
  if (name === world.hostname) return { ip: world.podIP, fqdn: name };
  for (const fqdn of candidateNames(name, world.namespace)) {
    const ip = world.resolveHost(fqdn);
    if (ip !== undefined) return { ip, fqdn };
  }
  return undefined;
}

/** A Service the DNS knows. */
export interface DnsService {
  readonly name: string;
  readonly namespace: string;
  readonly clusterIP: string;
}

/** A `resolveHost` for the kubelet: Services by their fully qualified name. */
export function serviceResolver(services: readonly DnsService[]): (fqdn: string) => string | undefined {
  const table = new Map(services.map((s) => [`${s.name}.${s.namespace}.svc.${CLUSTER_DOMAIN}`, s.clusterIP]));
  return (fqdn) => table.get(fqdn.replace(/\.$/, ''));
}

/** The files the kubelet mounts at /var/run/secrets/kubernetes.io/serviceaccount (a projected volume). */
export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export function serviceAccountFiles(namespace: string): Readonly<Record<string, string>> {
  return {
    '/namespace': namespace,
    '/token': 'eyJhbGciOiJSUzI1NiIsImtpZCI6InBvZGxhYiJ9.eyJpc3MiOiJodHRwczovL2t1YmVybmV0ZXMuZGVmYXVsdC5zdmMifQ.c2lnbmF0dXJl',
    '/ca.crt': '-----BEGIN CERTIFICATE-----\nMIIBpodlabsimulatedcertificate\n-----END CERTIFICATE-----\n',
  };
}
