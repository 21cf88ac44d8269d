// Services from `kubectl create service ...`, `kubectl expose` and `kubectl run --expose`
// (create_service.go, expose.go and the service/v2 generator), keys in Go struct order.
import type { CreateKindRequest } from '../request.js';
import type { Obj } from '../print/objects.js';
import type { JsonValue } from '../print/yaml.js';

type ServiceReq = Extract<CreateKindRequest, { kind: 'service' }>;

const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** `parsePorts`: `80`, `80:8080`, `80:http`. */
function parsePorts(spec: string): { port: number; targetPort: number | string } | string {
  const [portText, target] = spec.split(':');
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) return `invalid port number: ${JSON.stringify(portText)}`;
  if (target === undefined) return { port, targetPort: port };
  if (/^-?\d+$/.test(target)) {
    const n = Number(target);
    if (n < 1 || n > 65535) return 'must be between 1 and 65535, inclusive';
    return { port, targetPort: n };
  }
  if (!PORT_NAME.test(target) || target.length > 15 || !/[a-z]/.test(target)) return `must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`;
  return { port, targetPort: target };
}

export function createServiceObject(r: ServiceReq, namespace: string | undefined): Obj | string {
  const ports: JsonValue[] = [];
  for (const spec of r.tcp) {
    const parsed = parsePorts(spec);
    if (typeof parsed === 'string') return parsed;
    ports.push({ name: spec.replace(/:/g, '-'), protocol: 'TCP', port: parsed.port, targetPort: parsed.targetPort, ...(r.nodePort ? { nodePort: r.nodePort } : {}) });
  }
  const labels = { app: r.name };
  return {
    kind: 'Service', apiVersion: 'v1',
    metadata: { name: r.name, ...(namespace ? { namespace } : {}), creationTimestamp: null, labels },
    spec: {
      ...(ports.length > 0 ? { ports } : {}), selector: labels, ...(r.clusterIP ? { clusterIP: r.clusterIP } : {}), type: r.serviceType,
      ...(r.externalName ? { externalName: r.externalName } : {}),
    },
    status: { loadBalancer: {} },
  };
}

/** The service `expose` and `run --expose` generate. */
export function exposedService(opts: {
  readonly name: string;
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly selector: Readonly<Record<string, string>>;
  readonly ports: readonly { readonly port: number; readonly targetPort: number | string; readonly protocol: string; readonly name?: string }[];
  readonly type?: string;
  readonly clusterIP?: string;
}): Obj {
  return {
    kind: 'Service', apiVersion: 'v1',
    metadata: {
      name: opts.name, ...(opts.namespace ? { namespace: opts.namespace } : {}), creationTimestamp: null,
      ...(opts.labels && Object.keys(opts.labels).length > 0 ? { labels: { ...opts.labels } } : {}),
    },
    spec: {
      ports: opts.ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), protocol: p.protocol, port: p.port, targetPort: p.targetPort })),
      selector: { ...opts.selector }, ...(opts.clusterIP ? { clusterIP: opts.clusterIP } : {}), ...(opts.type ? { type: opts.type } : {}),
    },
    status: { loadBalancer: {} },
  };
}
