// Host ports a pod occupies and whether they clash (`schedutil.GetHostPorts` and
// `HostPortInfo.CheckConflict` in pkg/scheduler/framework/types.go).
import type { Pod } from '../api/types.js';

export interface HostPort {
  readonly ip: string;
  readonly protocol: string;
  readonly port: number;
}

const ALL_IPS = '0.0.0.0';

/** Host ports of app containers and sidecars (init containers with restartPolicy Always). */
export function hostPortsOf(pod: Pod): HostPort[] {
  const containers = [
    ...(pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always'),
    ...pod.spec.containers,
  ];
  const out: HostPort[] = [];
  for (const c of containers) {
    for (const p of c.ports ?? []) {
      if ((p.hostPort ?? 0) <= 0) continue;
      out.push({ ip: p.hostIP || ALL_IPS, protocol: p.protocol || 'TCP', port: p.hostPort ?? 0 });
    }
  }
  return out;
}

/**
 * Note: a wanted port on 0.0.0.0 clashes with the same protocol/port on any address; a wanted
 * port on one address clashes only with that address or 0.0.0.0.
 */
export function portConflicts(wanted: HostPort, used: readonly HostPort[]): boolean {
  return used.some((u) => u.protocol === wanted.protocol && u.port === wanted.port
    && (wanted.ip === ALL_IPS || u.ip === ALL_IPS || u.ip === wanted.ip));
}
