// The server-side Table for nodes (printers.go printNode, findNodeRoles).
import type { Node } from '../../api/types.js';
import { translateTimestampSince } from '../../status/index.js';
import type { Table, TableColumn } from '../print/table.js';

export const NODE_COLUMNS: readonly TableColumn[] = [
  { name: 'Name', priority: 0, format: 'name' },
  { name: 'Status', priority: 0 },
  { name: 'Roles', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Version', priority: 0 },
  { name: 'Internal-IP', priority: 1 },
  { name: 'External-IP', priority: 1 },
  { name: 'OS-Image', priority: 1 },
  { name: 'Kernel-Version', priority: 1 },
  { name: 'Container-Runtime', priority: 1 },
];

const ROLE_PREFIX = 'node-role.kubernetes.io/';

/** `findNodeRoles`: `node-role.kubernetes.io/<role>` keys and `kubernetes.io/role=<role>`, sorted. */
export function nodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX) && k.length > ROLE_PREFIX.length) roles.add(k.slice(ROLE_PREFIX.length));
    else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return [...roles].sort();
}

/** The STATUS cell: Ready / NotReady / Unknown, plus SchedulingDisabled when cordoned. */
export function nodeStatus(node: Node): string {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

function address(node: Node, type: string): string | undefined {
  return node.status?.addresses?.find((a) => a.type === type)?.address;
}

export function nodeTable(nodes: readonly Node[], nowMs: number): Table {
  return {
    columns: NODE_COLUMNS,
    rows: nodes.map((node) => {
      const info = node.status?.nodeInfo ?? {};
      const roles = nodeRoles(node).join(',');
      return {
        cells: [
          node.metadata.name ?? '', nodeStatus(node), roles || '<none>',
          translateTimestampSince(node.metadata.creationTimestamp, nowMs), info.kubeletVersion ?? '',
          address(node, 'InternalIP') ?? '<none>', address(node, 'ExternalIP') ?? '<none>',
          info.osImage || '<unknown>', info.kernelVersion || '<unknown>', info.containerRuntimeVersion || '<unknown>',
        ],
        labels: node.metadata.labels,
      };
    }),
  };
}
