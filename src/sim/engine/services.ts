// Service cluster IPs: the API server's allocator, made deterministic. An address comes from a
// hash of the Service's namespace and name inside 10.96.0.0/16 (free addresses probed in order),
// so the same Service gets the same IP whatever else a run creates.
import type { Service } from '../api/types.js';
import { fnv32a } from '../kubelet/image-ids.js';
import type { SimState } from './state.js';

/** 10.96.0.1 is the `kubernetes` Service and 10.96.0.10 cluster DNS (kubeadm's layout). */
const RESERVED = new Set(['10.96.0.0', '10.96.0.1', '10.96.0.10', '10.96.255.255']);

function ipAt(n: number): string {
  return `10.96.${(n >> 8) & 0xff}.${n & 0xff}`;
}

/** The cluster IP for a new Service (`None` for headless, empty for ExternalName). */
export function allocateClusterIP(state: SimState, svc: Service): string {
  const key = `${svc.metadata.namespace ?? 'default'}/${svc.metadata.name}`;
  const wanted = svc.spec?.clusterIP;
  if (svc.spec?.type === 'ExternalName') return '';
  const taken = new Set(state.clusterIPs.values());
  if (wanted && wanted !== '') {
    state.clusterIPs.set(key, wanted);
    return wanted;
  }
  let n = fnv32a(key) & 0xffff;
  for (let i = 0; i < 0x10000; i++, n = (n + 1) & 0xffff) {
    const ip = ipAt(n);
    if (RESERVED.has(ip) || taken.has(ip)) continue;
    state.clusterIPs.set(key, ip);
    return ip;
  }
  throw new Error('the service IP range 10.96.0.0/16 is full');
}

/** The Service as stored: its cluster IP filled in, ports defaulted to TCP. */
export function withClusterIP(state: SimState, svc: Service): Service {
  const ip = allocateClusterIP(state, svc);
  const ports = svc.spec?.ports?.map((p) => ({ protocol: 'TCP' as const, ...p, targetPort: p.targetPort ?? p.port }));
  return {
    ...svc,
    spec: {
      type: 'ClusterIP',
      ...svc.spec,
      ...(ports ? { ports } : {}),
      ...(ip ? { clusterIP: ip, clusterIPs: [ip] } : {}),
    },
  };
}
