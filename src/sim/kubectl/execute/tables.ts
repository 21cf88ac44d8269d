// Server-side Tables by type, and Events as API objects (for -o yaml/json).
import type { ConfigMap, Deployment, KubeObject, Namespace, Node, Pod, ReplicaSet, Secret, Service } from '../../api/types.js';
import { formatRfc3339 } from '../../status/index.js';
import { assertNever } from '../../../util/assert-never.js';
import type { ClusterEvent } from '../cluster.js';
import type { Obj } from '../print/objects.js';
import type { Table } from '../print/table.js';
import type { ResourceType } from '../resources.js';
import { configMapTable, namespaceTable, secretTable, serviceTable } from '../tables/core.js';
import { eventTable } from '../tables/events.js';
import { nodeTable } from '../tables/nodes.js';
import { podTable } from '../tables/pods.js';
import { deploymentTable, replicaSetTable } from '../tables/workloads.js';

/** The Table the API server would return for these objects. */
export function tableFor(type: ResourceType, objects: readonly KubeObject[], events: readonly ClusterEvent[], nowMs: number): Table {
  const kind = type.kind;
  switch (kind) {
    case 'Pod': return podTable(objects as Pod[], nowMs);
    case 'Node': return nodeTable(objects as Node[], nowMs);
    case 'Event': return eventTable(events, nowMs);
    case 'Deployment': return deploymentTable(objects as Deployment[], nowMs);
    case 'ReplicaSet': return replicaSetTable(objects as ReplicaSet[], nowMs);
    case 'Service': return serviceTable(objects as Service[], nowMs);
    case 'ConfigMap': return configMapTable(objects as ConfigMap[], nowMs);
    case 'Secret': return secretTable(objects as Secret[], nowMs);
    case 'Namespace': return namespaceTable(objects as Namespace[], nowMs);
    default: return assertNever(kind);
  }
}

/** An aggregated event as the core/v1 Event object `kubectl get events -o yaml` shows. */
export function eventObject(e: ClusterEvent): Obj {
  return {
    apiVersion: 'v1', kind: 'Event', count: e.count, eventTime: null, firstTimestamp: formatRfc3339(e.firstMs),
    involvedObject: { apiVersion: 'v1', kind: e.involvedKind, name: e.involvedName, namespace: e.namespace, ...(e.fieldPath ? { fieldPath: e.fieldPath } : {}) },
    lastTimestamp: formatRfc3339(e.lastMs), message: e.message,
    metadata: { creationTimestamp: formatRfc3339(e.firstMs), name: e.name, namespace: e.namespace },
    reason: e.reason, reportingComponent: e.source, reportingInstance: e.host ?? '', source: { component: e.source, ...(e.host ? { host: e.host } : {}) },
    type: e.type,
  };
}

export const asObj = (o: KubeObject): Obj => o as unknown as Obj;
