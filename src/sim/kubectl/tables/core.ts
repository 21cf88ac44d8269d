// Server-side Tables for services, configmaps, secrets and namespaces (printers.go).
import { assertNever } from '../../../util/assert-never.js';
import type { ConfigMap, Namespace, Secret, Service } from '../../api/types.js';
import { translateTimestampSince } from '../../status/index.js';
import { formatLabels, type Table, type TableColumn } from '../print/table.js';

const col = (name: string, priority = 0, format?: 'name'): TableColumn => (format ? { name, priority, format } : { name, priority });

export const SERVICE_COLUMNS = [col('Name', 0, 'name'), col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 1)];
export const CONFIGMAP_COLUMNS = [col('Name', 0, 'name'), col('Data'), col('Age')];
export const SECRET_COLUMNS = [col('Name', 0, 'name'), col('Type'), col('Data'), col('Age')];
export const NAMESPACE_COLUMNS = [col('Name', 0, 'name'), col('Status'), col('Age')];

/** `makePortString`: `80/TCP`, `80:30080/TCP`, comma-joined. */
export function servicePorts(svc: Service): string {
  const text = (svc.spec?.ports ?? []).map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',');
  return text || '<none>';
}

function externalIP(svc: Service): string {
  const ips = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return ips.length > 0 ? ips.join(',') : '<none>';
    case 'LoadBalancer':
      return ips.length > 0 ? ips.join(',') : '<pending>';
    case 'ExternalName':
      return svc.spec?.externalName ?? '';
    default:
      return assertNever(svc.spec?.type as never);
  }
}

export function serviceTable(items: readonly Service[], nowMs: number): Table {
  return {
    columns: SERVICE_COLUMNS,
    rows: items.map((s) => ({
      cells: [s.metadata.name ?? '', s.spec?.type ?? 'ClusterIP', s.spec?.clusterIPs?.[0] ?? s.spec?.clusterIP ?? '<none>', externalIP(s), servicePorts(s),
        translateTimestampSince(s.metadata.creationTimestamp, nowMs), formatLabels(s.spec?.selector)],
      namespace: s.metadata.namespace,
      labels: s.metadata.labels,
    })),
  };
}

export function configMapTable(items: readonly ConfigMap[], nowMs: number): Table {
  return {
    columns: CONFIGMAP_COLUMNS,
    rows: items.map((c) => ({
      cells: [c.metadata.name ?? '', Object.keys(c.data ?? {}).length + Object.keys(c.binaryData ?? {}).length, translateTimestampSince(c.metadata.creationTimestamp, nowMs)],
      namespace: c.metadata.namespace,
      labels: c.metadata.labels,
    })),
  };
}

export function secretTable(items: readonly Secret[], nowMs: number): Table {
  return {
    columns: SECRET_COLUMNS,
    rows: items.map((s) => ({
      cells: [s.metadata.name ?? '', s.type ?? 'Opaque', Object.keys(s.data ?? {}).length, translateTimestampSince(s.metadata.creationTimestamp, nowMs)],
      namespace: s.metadata.namespace,
      labels: s.metadata.labels,
    })),
  };
}

export function namespaceTable(items: readonly Namespace[], nowMs: number): Table {
  return {
    columns: NAMESPACE_COLUMNS,
    rows: items.map((n) => ({
      cells: [n.metadata.name ?? '', n.status?.phase ?? 'Active', translateTimestampSince(n.metadata.creationTimestamp, nowMs)],
      labels: n.metadata.labels,
    })),
  };
}
