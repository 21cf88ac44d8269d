// The simulator engine as a kubectl Cluster: queries for the view, SimCommands for the actions.
// The session holds the current state (the engine consumes the state it is given) and records
// every command, so a caller can persist the log and replay it.
import type { KubeObject, Pod } from '../api/types.js';
import type { AggregatedEvent } from '../events.js';
import {
  apply, execInPod, getEvents, getLogs, getObject, getObjects, getPodUsage,
  type CommandOutcome, type MetaChanges, type SimCommand, type SimState,
} from '../index.js';
import type { ClusterActions, ClusterEvent, ClusterView, KubeKind, WriteResult } from './cluster.js';
import type { Cluster } from './execute/types.js';

/** A running simulation: the state now, and the commands kubectl sent so far. */
export interface EngineSession {
  state: SimState;
  readonly commands: SimCommand[];
}

const KINDS: Readonly<Record<string, KubeKind>> = {
  pod: 'Pod', node: 'Node', namespace: 'Namespace', configmap: 'ConfigMap', secret: 'Secret', service: 'Service',
  replicaset: 'ReplicaSet', deployment: 'Deployment',
};

function toEvent(e: AggregatedEvent, index: number, startMs: number): ClusterEvent {
  const [kind, name] = e.object.split('/');
  return {
    namespace: e.namespace, name: `${name}.${(startMs + e.firstT).toString(16)}${index.toString(16).padStart(4, '0')}`,
    type: e.type, reason: e.reason, message: e.message, involvedKind: KINDS[kind] ?? kind, involvedName: name, ...(e.uid ? { involvedUid: e.uid } : {}),
    source: e.source, ...(e.host ? { host: e.host } : {}), count: e.count, firstMs: startMs + e.firstT, lastMs: startMs + e.lastT,
  };
}

/** The read side over the session's current state. */
export function engineView(session: EngineSession): ClusterView {
  const s = () => session.state;
  const start = () => s().startEpochMs;
  return {
    get nowMs() { return start() + s().now; },
    list: (kind, ns) => (getObjects(s(), kind, ns) as KubeObject[]).slice()
      .sort((a, b) => `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace ?? ''}/${b.metadata.name}`)),
    get: (kind, ns, name) => getObject(s(), kind, ns || undefined, name) as KubeObject | undefined,
    events: (ns) => getEvents(s()).map((e, i) => toEvent(e, i, start())).filter((e) => ns === undefined || e.namespace === ns),
    logs: (ns, pod, container, previous) => {
      const r = getLogs(s(), { namespace: ns, pod, container, previous });
      return r.ok ? r.lines.map((l) => ({ ms: start() + l.at, text: l.text })) : undefined;
    },
    podUsage: (ns, pod) => getPodUsage(s(), ns, pod)?.map((c) => ({ container: c.name, usage: { cpu: `${c.cpuMilli}m`, memory: String(c.memoryBytes) } })),
    nodeUsage: (node) => {
      const pods = (getObjects(s(), 'Pod') as Pod[]).filter((p) => p.spec.nodeName === node);
      const usage = pods.flatMap((p) => getPodUsage(s(), p.metadata.namespace ?? 'default', p.metadata.name ?? '') ?? []);
      return { cpu: `${usage.reduce((a, c) => a + c.cpuMilli, 0)}m`, memory: String(usage.reduce((a, c) => a + c.memoryBytes, 0)) };
    },
  };
}

/** Label/annotation differences as the engine's MetaChanges (`null` removes). */
function metaChanges(before: Readonly<Record<string, string>> | undefined, after: Readonly<Record<string, string>> | undefined): MetaChanges {
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(after ?? {})) if (before?.[k] !== v) out[k] = v;
  for (const k of Object.keys(before ?? {})) if (!(k in (after ?? {}))) out[k] = null;
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The engine command that makes `after` from `before`: label/annotate when only those changed. */
function patchCommand(before: KubeObject, after: KubeObject): SimCommand {
  const ref = { kind: before.kind, name: before.metadata.name ?? '', namespace: before.metadata.namespace };
  const { labels: bl, annotations: ba, ...bRest } = before.metadata;
  const { labels: al, annotations: aa, ...aRest } = after.metadata;
  const rest = (o: KubeObject) => ({ ...o, metadata: undefined });
  if (same(bRest, aRest) && same(rest(before), rest(after))) {
    if (same(ba, aa)) return { kind: 'label', ref, changes: metaChanges(bl, al), overwrite: true };
    if (same(bl, al)) return { kind: 'annotate', ref, changes: metaChanges(ba, aa), overwrite: true };
  }
  return { kind: 'replace', object: after, admit: true };
}

/** The write side: every action is one SimCommand at the current time. */
export function engineActions(session: EngineSession): ClusterActions {
  const run = (command: SimCommand): CommandOutcome => {
    session.commands.push(command);
    const [next, , outcome] = apply(session.state, command);
    session.state = next;
    return outcome;
  };
  const result = (outcome: CommandOutcome, kind: KubeKind, ns: string | undefined, sentName: string): WriteResult => {
    if (!outcome.ok) return { ok: false, error: outcome.error };
    // A generateName object gets its name from the server.
    const name = outcome.ref?.name ?? sentName;
    const object = getObject(session.state, kind, ns, name) as KubeObject | undefined;
    return { ok: true, object: object ?? ({ kind, metadata: { name, namespace: ns } } as KubeObject) };
  };
  const named = (o: KubeObject) => [o.kind, o.metadata.namespace, o.metadata.name ?? ''] as const;
  // Note: objects come as kubectl sends them; the engine defaults, admits and validates them
  // as the API server does (`admit`), so they are stored as a manifest's would be.
  return {
    create: (object) => result(run({ kind: 'create', object, admit: true }), ...named(object)),
    apply: (object) => {
      const outcome = run({ kind: 'apply', object, admit: true });
      const r = result(outcome, ...named(object));
      if (!r.ok) return r;
      const action = outcome.ok ? outcome.action : 'configured';
      return { ok: true, object: r.object, result: action === 'created' || action === 'unchanged' ? action : 'configured' };
    },
    replace: (object, force) => result(run({ kind: 'replace', object, force, admit: true }), ...named(object)),
    delete: (kind, namespace, name, options) => {
      const before = getObject(session.state, kind, namespace || undefined, name) as KubeObject | undefined;
      const outcome = run({ kind: 'delete', ref: { kind, name, namespace }, ...(options.gracePeriodSeconds !== undefined ? { gracePeriodSeconds: options.gracePeriodSeconds, force: options.gracePeriodSeconds === 0 } : {}) });
      if (!outcome.ok) return { ok: false, error: outcome.error };
      return { ok: true, object: before ?? ({ kind, metadata: { name, namespace } } as KubeObject) };
    },
    scale: (kind, namespace, name, replicas) => result(run({ kind: 'scale', ref: { kind, name, namespace }, replicas }), kind, namespace, name),
    patch: (kind, namespace, name, change) => {
      const before = getObject(session.state, kind, namespace || undefined, name) as KubeObject | undefined;
      if (!before) return { ok: false, error: { reason: 'NotFound', resource: `${kind.toLowerCase()}s`, name } };
      return result(run(patchCommand(before, change(before))), kind, namespace, name);
    },
    exec: (namespace, pod, container, command) => {
      const [next, r] = execInPod(session.state, { namespace, pod, container, command });
      session.state = next;
      if (!r.ok) return { stdout: '', stderr: `error: ${r.message}\n`, exitCode: 1 };
      // Note: the runtime returns stdout and stderr together, as CRI ExecSync does for probes.
      return { stdout: r.output, stderr: '', exitCode: r.exitCode };
    },
  };
}

/** A kubectl Cluster over an engine session. */
export function engineCluster(session: EngineSession): Cluster {
  return { view: engineView(session), actions: engineActions(session) };
}
