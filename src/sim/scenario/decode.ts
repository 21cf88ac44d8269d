// The `podlab.dev/v1` Scenario document → the engine's `Scenario` (docs/scenario-format.md).
// Pure: the caller parses the YAML and passes plain data; problems come back with field paths.
import type { Millis, KubeObject } from '../api/types.js';
import { expandList } from '../api/decode.js';
import type { Fault, Scenario, ScenarioAction, SimCommand } from '../engine/commands-types.js';
import type { RngState } from '../rng.js';
import { admitDocument } from './admit.js';
import { decodeFault } from './faults.js';
import { at, child, isRecord, Reader, type Problem } from './fields.js';
import { decodeImages } from './images.js';
import { planKubectl, type Note, type Planned } from './kubectl.js';

/** What decoding needs to know about the cluster the Scenario runs in. */
export interface ScenarioContext {
  /** Namespaces that exist when the run starts (the system ones and those the input declares). */
  readonly namespaces: readonly string[];
  /** The generator admission draws from (generated names, token volume suffixes). */
  readonly rng: RngState;
}

/** A note about an action that will change nothing, with where it is and when it was due. */
export interface ScenarioNote extends Note {
  readonly path: string;
  readonly at: Millis;
}

/** One action as the learner wrote it, for printing the run's plan. */
export interface TimelineEntry {
  readonly at: Millis;
  /** The kubectl line, or the fault as `fault killContainer pod/web (app)`. */
  readonly text: string;
}

export interface DecodedScenario {
  readonly scenario: Scenario;
  /** Every valid action in document order. */
  readonly timeline: readonly TimelineEntry[];
  readonly problems: readonly Problem[];
  readonly notes: readonly ScenarioNote[];
  readonly rng: RngState;
}

/** A planned step; objects from `stdin` remember where they sit in the document. */
type Step = Planned & { readonly prefix?: string };

interface Pending {
  readonly at: Millis;
  readonly path: string;
  readonly text: string;
  readonly steps: readonly Step[];
}

const TOP = ['apiVersion', 'kind', 'metadata', 'images', 'actions'];
const ACTION = ['at', 'kubectl', 'stdin', 'fault'];

/** `stdin` as a list of documents: one mapping, a list of them, or a `kind: List`. */
function stdinDocs(v: unknown): { docs: unknown[]; prefix: (i: number) => string } | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return { docs: v, prefix: (i) => `[${i}]` };
  const items = expandList(v);
  return items.length === 1 && items[0] === v ? { docs: [v], prefix: () => '' } : { docs: items, prefix: (i) => `.items[${i}]` };
}

function decodeAction(r: Reader, v: unknown, path: string, notes: ScenarioNote[]): Pending | undefined {
  const raw = r.record(v, path, ACTION);
  if (!raw) return undefined;
  const atMs = r.duration(raw.at, child(path, 'at'), { required: true });
  const has = (k: string): boolean => raw[k] !== undefined && raw[k] !== null;
  if (has('kubectl') === has('fault')) {
    if (has('kubectl')) r.invalid(path, v, 'set kubectl or fault, not both');
    else r.required(child(path, 'kubectl'), 'an action needs kubectl (a command line) or fault');
    return undefined;
  }
  if (has('fault')) {
    if (has('stdin')) r.add(child(path, 'stdin'), `${child(path, 'stdin')}: Forbidden: stdin goes with kubectl, not with fault`);
    const fault = decodeFault(r, raw.fault, child(path, 'fault'), atMs ?? 0);
    if (!fault || atMs === undefined) return undefined;
    return { at: atMs, path, text: faultText(fault), steps: [{ kind: 'command', command: { kind: 'fault', fault } }] };
  }
  const line = r.string(raw.kubectl, child(path, 'kubectl'), { required: true });
  if (line === undefined) return undefined;
  const stdin = stdinDocs(raw.stdin);
  const planned = planKubectl(line, stdin?.docs);
  if (!planned.ok) {
    r.invalid(child(path, 'kubectl'), line, planned.message);
    return undefined;
  }
  if (atMs === undefined) return undefined;
  for (const n of planned.notes) notes.push({ ...n, path: child(path, 'kubectl'), at: atMs });
  const steps = planned.steps.map((s): Step => (s.kind === 'object' && s.stdinIndex !== undefined
    ? { ...s, prefix: `${child(path, 'stdin')}${stdin?.prefix(s.stdinIndex) ?? ''}` } : s));
  return { at: atMs, path, text: line, steps };
}

/** `fault killContainer pod/web (app)`, `fault nodeDown node/node01`. */
function faultText(f: Fault): string {
  if ('node' in f) return `fault ${f.type} node/${f.node}`;
  const ns = f.target.namespace ? ` -n ${f.target.namespace}` : '';
  return `fault ${f.type} pod/${f.target.pod}${f.target.container ? ` (${f.target.container})` : ''}${ns}`;
}

/** Namespaces the Scenario itself creates, so objects placed in them are not refused. */
function createdNamespaces(pending: readonly Pending[]): string[] {
  return pending.flatMap((p) => p.steps.flatMap((s) => {
    if (s.kind !== 'object' || !isRecord(s.raw) || s.raw.kind !== 'Namespace' || !isRecord(s.raw.metadata)) return [];
    return typeof s.raw.metadata.name === 'string' ? [s.raw.metadata.name] : [];
  }));
}

function toCommand(verb: 'create' | 'apply' | 'replace', object: KubeObject, force: boolean): SimCommand {
  return verb === 'replace' ? { kind: 'replace', object, ...(force ? { force } : {}) } : { kind: verb, object };
}

/** Decodes a Scenario document (already known to be `podlab.dev/v1` `Scenario`). */
export function decodeScenario(raw: unknown, ctx: ScenarioContext): DecodedScenario {
  const r = new Reader();
  const notes: ScenarioNote[] = [];
  const doc = r.record(raw, '', TOP);
  if (doc?.metadata !== undefined) r.record(doc.metadata, 'metadata', ['name', 'labels', 'annotations']);
  const images = doc ? decodeImages(r, doc.images, 'images') : [];
  const pending = (doc ? r.list(doc.actions, 'actions') ?? [] : []).flatMap((v, i) => decodeAction(r, v, at('actions', i), notes) ?? []);
  const namespaces = [...ctx.namespaces, ...createdNamespaces(pending)];
  let rng = ctx.rng;
  const actions: ScenarioAction[] = [];
  for (const p of pending) {
    for (const s of p.steps) {
      if (s.kind === 'command') {
        actions.push({ at: p.at, command: s.command });
        continue;
      }
      const prefix = s.prefix ?? '';
      const admitted = admitDocument(s.raw, rng, { namespaces, ...(s.namespace ? { namespace: s.namespace } : {}) }, prefix);
      if (!admitted.ok) {
        // Objects kubectl built from the line itself are pointed at the line.
        for (const problem of admitted.problems) r.add(prefix ? problem.path : child(p.path, 'kubectl'), problem.message);
        continue;
      }
      rng = admitted.rng;
      if ('foreign' in admitted) r.add(prefix, `${prefix}: Invalid value: only one ${admitted.foreign.kind} is allowed, at the top level`);
      else actions.push({ at: p.at, command: toCommand(s.verb, admitted.object, s.force ?? false) });
    }
  }
  const timeline = pending.map((p) => ({ at: p.at, text: p.text }));
  return { scenario: { images, actions }, timeline, problems: r.problems, notes, rng };
}
