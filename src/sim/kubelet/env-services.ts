// Service links: the `<SVC>_SERVICE_HOST` family of variables every container gets for the
// Services of its namespace (pkg/kubelet/envvars/envvars.go FromServices), plus the master
// `kubernetes` Service from `default` whatever enableServiceLinks says (getServiceEnvVarMap).
import type { Service } from '../api/types.js';

const envName = (name: string): string => name.toUpperCase().replace(/-/g, '_');

function serviceVars(svc: Service, ip: string): [string, string][] {
  const name = envName(svc.metadata.name ?? '');
  const ports = svc.spec?.ports ?? [];
  if (ports.length === 0) return [];
  const out: [string, string][] = [[`${name}_SERVICE_HOST`, ip], [`${name}_SERVICE_PORT`, String(ports[0].port)]];
  for (const p of ports) if (p.name) out.push([`${name}_SERVICE_PORT_${envName(p.name)}`, String(p.port)]);
  const first = ports[0];
  out.push([`${name}_PORT`, `${(first.protocol ?? 'TCP').toLowerCase()}://${ip}:${first.port}`]);
  for (const p of ports) {
    const proto = p.protocol ?? 'TCP';
    const prefix = `${name}_PORT_${p.port}_${proto}`;
    out.push([prefix, `${proto.toLowerCase()}://${ip}:${p.port}`]);
    out.push([`${prefix}_PROTO`, proto.toLowerCase()]);
    out.push([`${prefix}_PORT`, String(p.port)]);
    out.push([`${prefix}_ADDR`, ip]);
  }
  return out;
}

/**
 * The service variables for a pod in `namespace`. `services` are every Service that exists
 * when the container is created, with their cluster IPs.
 */
export function serviceEnv(
  services: readonly { readonly svc: Service; readonly ip: string }[], namespace: string, enableServiceLinks: boolean,
): [string, string][] {
  const chosen = services.filter(({ svc, ip }) => {
    if (!ip || ip === 'None') return false;
    const ns = svc.metadata.namespace ?? 'default';
    const isMaster = ns === 'default' && svc.metadata.name === 'kubernetes';
    return isMaster || (enableServiceLinks && ns === namespace);
  });
  // Note: envvars.FromServices sorts nothing itself; the kubelet's service lister gives them in
  // name order within a namespace, so podlab sorts by name for a stable environment.
  chosen.sort((a, b) => (a.svc.metadata.name ?? '').localeCompare(b.svc.metadata.name ?? ''));
  return chosen.flatMap(({ svc, ip }) => serviceVars(svc, ip));
}
