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
export function hostPortsOf(pod: Pod): readonly HostPort[] {
  const hit = PORTS_MEMO.get(pod.spec);
  if (hit) return hit;
  const ports = computeHostPorts(pod);
  PORTS_MEMO.set(pod.spec, ports);
  return ports;
}

/**
 * `hostPortsOf` by spec object: a stored spec is never changed in place and the result is a
 * pure function of it (the scheduler asks once per node and pod); weak, so it holds nothing.
 */
const PORTS_MEMO = new WeakMap<Pod['spec'], readonly HostPort[]>();

function computeHostPorts(pod: Pod): HostPort[] {
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
