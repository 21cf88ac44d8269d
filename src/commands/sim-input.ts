// Manifest documents → the simulator's input: every object through the API server's create
// path (strict decoding, admission, defaults, validation), the one Scenario document decoded,
// and every refusal as `FILE:LINE:COL: message`.
import type { ManifestDoc, ManifestProblem } from '../manifest/read.js';
import { expandList, parseFieldPath, SERVED_KINDS } from '../sim/api/index.js';
import type { KubeObject } from '../sim/api/types.js';
import type { SimInput } from '../sim/index.js';
import { seedRng } from '../sim/rng.js';
import { admitDocument, decodeScenario, type Problem, type ScenarioNote, type TimelineEntry } from '../sim/scenario/index.js';

/** Namespaces every cluster has (kubeadm). */
export const SYSTEM_NAMESPACES: readonly string[] = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** A scenario note with its place in the input. */
export interface PlacedNote extends ScenarioNote {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export type BuiltInput =
  | {
    readonly ok: true; readonly input: SimInput; readonly notes: readonly PlacedNote[];
    /** The Scenario's actions as written, in document order. */
    readonly timeline: readonly TimelineEntry[];
  }
  | { readonly ok: false; readonly problems: readonly ManifestProblem[] };

/** One object document, with where it sits (`items[2]` inside a List). */
interface Piece {
  readonly doc: ManifestDoc;
  readonly raw: unknown;
  readonly prefix: string;
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A problem at its file:line:col; `prefix` is where a List item sits in its document. */
function place(doc: ManifestDoc, p: Problem, prefix = ''): ManifestProblem {
  const path = prefix && p.path ? `${prefix}${p.path.startsWith('[') ? '' : '.'}${p.path}` : prefix || p.path;
  return { ...doc.locate(parseFieldPath(path)), message: p.message };
}

function pieces(docs: readonly ManifestDoc[]): Piece[] {
  return docs.flatMap((doc) => {
    if (doc.value === null || doc.value === undefined) return [];
    const items = expandList(doc.value);
    if (items.length === 1 && items[0] === doc.value) return [{ doc, raw: doc.value, prefix: '' }];
    return items.map((raw, i) => ({ doc, raw, prefix: `items[${i}]` }));
  });
}

function declaredNamespaces(list: readonly Piece[]): string[] {
  return list.flatMap(({ raw }) => {
    if (!isRecord(raw) || raw.kind !== 'Namespace' || !isRecord(raw.metadata)) return [];
    return typeof raw.metadata.name === 'string' ? [raw.metadata.name] : [];
  });
}

const resourceOf = (kind: string): string => SERVED_KINDS.find((k) => k.kind === kind)?.resource ?? kind.toLowerCase();

/** Decodes, admits and checks every document; `seed` also drives admission's random names. */
export function buildSimInput(docs: readonly ManifestDoc[], seed: number, startEpochMs: number): BuiltInput {
  const problems: ManifestProblem[] = [];
  const all = pieces(docs);
  const namespaces = [...SYSTEM_NAMESPACES, ...declaredNamespaces(all)];
  let rng = seedRng(seed);
  const objects: KubeObject[] = [];
  const seen = new Set<string>();
  let scenario: Piece | undefined;
  for (const piece of all) {
    const r = admitDocument(piece.raw, rng, { namespaces }, piece.prefix);
    if (!r.ok) {
      problems.push(...r.problems.map((p) => place(piece.doc, p)));
      continue;
    }
    rng = r.rng;
    if ('foreign' in r) {
      if (scenario) problems.push(place(piece.doc, { path: piece.prefix, message: 'only one podlab.dev/v1 Scenario document is allowed in a run' }));
      scenario = piece;
      continue;
    }
    const key = `${r.object.kind}/${r.object.metadata.namespace ?? ''}/${r.object.metadata.name ?? ''}`;
    if (seen.has(key)) {
      const at = piece.prefix ? `${piece.prefix}.metadata.name` : 'metadata.name';
      problems.push(place(piece.doc, { path: at, message: `${resourceOf(r.object.kind)} "${r.object.metadata.name}" already exists` }));
      continue;
    }
    seen.add(key);
    objects.push(r.object);
  }
  let notes: PlacedNote[] = [];
  let decoded: ReturnType<typeof decodeScenario> | undefined;
  if (scenario) {
    const doc = scenario.doc;
    decoded = decodeScenario(scenario.raw, { namespaces, rng });
    const prefix = scenario.prefix;
    problems.push(...decoded.problems.map((p) => place(doc, p, prefix)));
    notes = decoded.notes.map((n) => {
      const { file, line, col } = place(doc, { path: n.path, message: '' }, prefix);
      return { ...n, file, line, col };
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const input: SimInput = { objects, startEpochMs, ...(decoded ? { scenario: decoded.scenario } : {}) };
  return { ok: true, input, notes, timeline: decoded?.timeline ?? [] };
}
