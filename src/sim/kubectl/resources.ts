// The resource types podlab's kubectl knows (what discovery would list), their names, short
// names and how `-o name` and success messages spell them (`pod/web`, `deployment.apps/web`).

/** One resource type. `Event` is listed but lives outside the object store. */
export interface ResourceType {
  /** Plural resource name, as in `pods "x" not found`. */
  readonly resource: string;
  readonly singular: string;
  readonly kind: 'Pod' | 'Node' | 'Namespace' | 'ConfigMap' | 'Secret' | 'Service' | 'ReplicaSet' | 'Deployment' | 'Event';
  readonly group: '' | 'apps';
  readonly namespaced: boolean;
  readonly shortNames: readonly string[];
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  { resource: 'configmaps', singular: 'configmap', kind: 'ConfigMap', group: '', namespaced: true, shortNames: ['cm'] },
  { resource: 'events', singular: 'event', kind: 'Event', group: '', namespaced: true, shortNames: ['ev'] },
  { resource: 'namespaces', singular: 'namespace', kind: 'Namespace', group: '', namespaced: false, shortNames: ['ns'] },
  { resource: 'nodes', singular: 'node', kind: 'Node', group: '', namespaced: false, shortNames: ['no'] },
  { resource: 'pods', singular: 'pod', kind: 'Pod', group: '', namespaced: true, shortNames: ['po'] },
  { resource: 'secrets', singular: 'secret', kind: 'Secret', group: '', namespaced: true, shortNames: [] },
  { resource: 'services', singular: 'service', kind: 'Service', group: '', namespaced: true, shortNames: ['svc'] },
  { resource: 'deployments', singular: 'deployment', kind: 'Deployment', group: 'apps', namespaced: true, shortNames: ['deploy'] },
  { resource: 'replicasets', singular: 'replicaset', kind: 'ReplicaSet', group: 'apps', namespaced: true, shortNames: ['rs'] },
];

/** The `all` category, in the order kubectl prints it. */
export const ALL_CATEGORY: readonly string[] = ['pods', 'services', 'deployments', 'replicasets'];

/** Finds a type by any of its names (`po`, `pod`, `pods`, `Pod`, `deployments.apps`, `deploy.apps`). */
export function resolveResourceType(name: string): ResourceType | undefined {
  const lower = name.toLowerCase();
  const [base, group] = lower.includes('.') ? [lower.slice(0, lower.indexOf('.')), lower.slice(lower.indexOf('.') + 1)] : [lower, undefined];
  return RESOURCE_TYPES.find((t) => (group === undefined || group === (t.group || 'core') || (group === 'v1' && t.group === ''))
    && (t.resource === base || t.singular === base || t.shortNames.includes(base) || t.kind.toLowerCase() === base));
}

export function typeOfKind(kind: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => t.kind === kind);
}

/** `pod`, `deployment.apps`: the kind as `-o name` and `created` messages print it. */
export function kindPrefix(t: ResourceType): string {
  return t.group ? `${t.kind.toLowerCase()}.${t.group}` : t.kind.toLowerCase();
}

/** `pods`, `deployments.apps`: the resource as NotFound messages print it. */
export function qualifiedResource(t: ResourceType): string {
  return t.group ? `${t.resource}.${t.group}` : t.resource;
}

/** `Error from server (NotFound): pods "x" not found`. */
export function notFoundMessage(t: ResourceType, name: string): string {
  return `Error from server (NotFound): ${qualifiedResource(t)} "${name}" not found`;
}

/** `pod/web`, `deployment.apps/web`: an object as kubectl names it in messages. */
export function objectRef(kind: string, name: string | undefined): string {
  const t = typeOfKind(kind);
  return `${t ? kindPrefix(t) : kind.toLowerCase()}/${name ?? ''}`;
}
