/**
 * An embedded manifest through the simulated API server, as `kubectl create -f` would send it:
 * YAML 1.1 parsing, `kind: List` expansion, strict decoding, admission, defaulting, validation.
 * Kinds the simulator does not serve are only checked for being well-formed objects.
 */
import { parseManifestText, type ManifestDoc } from '../../manifest/read.js';
import {
  causeLine, createObject, expandList, formatApiError, parseFieldPath, type ApiError, type KubeObject, type PathStep,
} from '../../sim/api/index.js';
import type { Scenario } from '../../sim/index.js';
import { seedRng, type RngState } from '../../sim/rng.js';
import { decodeScenario } from '../../sim/scenario/index.js';
import { assertNever } from '../../util/assert-never.js';
import { keyPlace } from './manifest-keys.js';

/** A problem inside the manifest text: 1-based line and column of the manifest itself. */
export interface ManifestProblem {
  readonly line: number;
  readonly col: number;
  /** The API server's (or the YAML reader's) words. */
  readonly detail: string;
}

/** What the API server made of a manifest. */
export interface AdmittedManifest {
  /** Objects it accepted, defaulted, in document order: what a run starts from. */
  readonly objects: readonly KubeObject[];
  readonly problems: readonly ManifestProblem[];
  /** Real kinds podlab does not simulate (`Job`, `DaemonSet` ...), in document order. */
  readonly unsimulated: readonly string[];
  /** The manifest's `podlab.dev/v1` Scenario (extra images, timed actions), decoded. */
  readonly scenario?: Scenario;
}

/** The namespaces every cluster starts with (kubeadm's, as the simulator's `init` creates them). */
const SYSTEM_NAMESPACES: readonly string[] = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** Admission draws pod UIDs and names from a generator; a fixed seed keeps runs reproducible. */
const ADMIT_SEED = 7;

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One object to send: its raw value and where it sits in its document. */
interface Piece {
  readonly raw: unknown;
  readonly doc: ManifestDoc;
  readonly prefix: readonly PathStep[];
}

function piecesOf(doc: ManifestDoc): Piece[] {
  const items = expandList(doc.value);
  if (items.length === 1 && items[0] === doc.value) return [{ raw: doc.value, doc, prefix: [] }];
  return items.map((raw, i) => ({ raw, doc, prefix: ['items', i] }));
}

/** PriorityClasses declared beside the pods that use them (a kind podlab does not serve). */
function declaredPriorities(pieces: readonly Piece[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { raw } of pieces) {
    if (!isRecord(raw) || raw.kind !== 'PriorityClass' || !isRecord(raw.metadata)) continue;
    if (typeof raw.metadata.name === 'string' && typeof raw.value === 'number') out[raw.metadata.name] = raw.value;
  }
  return out;
}

function declaredNamespaces(pieces: readonly Piece[]): string[] {
  return pieces.flatMap(({ raw }) =>
    isRecord(raw) && raw.kind === 'Namespace' && isRecord(raw.metadata) && typeof raw.metadata.name === 'string' ? [raw.metadata.name] : []);
}

/** A refusal's field paths (`isKey`: point at the key, not its value), with what to say there. */
interface Cause {
  readonly path: string;
  readonly detail: string;
  readonly isKey?: boolean;
}

/** The fields a refusal points at; refusals without field paths point at the field they concern. */
function pathsOf(error: ApiError): Cause[] {
  switch (error.reason) {
    case 'BadRequest':
    case 'Invalid':
      if (error.causes.length > 0) return error.causes.map((c) => ({ path: c.path, detail: causeLine(c), isKey: c.message === 'unknown field' }));
      return [{ path: '', detail: formatApiError(error) }];
    case 'NotFound':
      return [{ path: 'metadata.namespace', detail: formatApiError(error) }];
    case 'Forbidden':
      return [{ path: 'spec.priorityClassName', detail: formatApiError(error) }];
    case 'NoKindMatch':
      return [{ path: 'kind', detail: formatApiError(error) }];
    case 'MissingTypeMeta':
    case 'AlreadyExists':
    case 'Unsupported':
      return [{ path: '', detail: formatApiError(error) }];
    default:
      return assertNever(error);
  }
}

/** A kind podlab does not simulate must still look like an object the API server could take. */
function wellFormed(raw: Readonly<Record<string, unknown>>): Cause | undefined {
  const meta = raw.metadata;
  if (!isRecord(meta)) return { path: 'metadata', detail: 'metadata: Required value' };
  const hasName = typeof meta.name === 'string' && meta.name !== '';
  const hasGenerate = typeof meta.generateName === 'string' && meta.generateName !== '';
  if (!hasName && !hasGenerate) return { path: 'metadata.name', detail: 'metadata.name: Required value: name or generateName is required' };
  return undefined;
}

export function admitManifest(text: string): AdmittedManifest {
  const parsed = parseManifestText('manifest', text);
  const problems: ManifestProblem[] = parsed.problems.map((p) => ({ line: p.line, col: p.col, detail: p.message }));
  if (parsed.docs.length === 0 && problems.length === 0) problems.push({ line: 1, col: 1, detail: 'no YAML document' });
  const pieces = parsed.docs.flatMap(piecesOf);
  const ctx = { namespaces: [...SYSTEM_NAMESPACES, ...declaredNamespaces(pieces)], priorityClasses: declaredPriorities(pieces) };
  const objects: KubeObject[] = [];
  const unsimulated: string[] = [];
  const scenarios: Piece[] = [];
  let rng: RngState = seedRng(ADMIT_SEED);
  const report = (piece: Piece, { path, detail, isKey }: Cause) => {
    const steps = [...piece.prefix, ...parseFieldPath(path)];
    const place = (isKey ? keyPlace(text, piece.doc.index, steps) : undefined) ?? piece.doc.locate(steps);
    problems.push({ line: place.line, col: place.col, detail });
  };
  for (const piece of pieces) {
    const result = createObject(piece.raw, rng, ctx);
    rng = result.rng;
    if (result.ok && result.object) objects.push(result.object);
    else if (result.ok) scenarios.push(piece);
    else if (result.error.reason === 'Unsupported') {
      unsimulated.push(result.error.kind);
      const bad = isRecord(piece.raw) ? wellFormed(piece.raw) : undefined;
      if (bad) report(piece, bad);
    } else {
      for (const cause of pathsOf(result.error)) report(piece, cause);
    }
  }
  for (const extra of scenarios.slice(1)) report(extra, { path: 'kind', detail: 'kind: Invalid value: "Scenario": a manifest holds at most one Scenario' });
  const [first] = scenarios;
  if (!first) return { objects, problems, unsimulated };
  const decoded = decodeScenario(first.raw, { namespaces: ctx.namespaces, rng });
  for (const p of decoded.problems) report(first, { path: p.path, detail: p.message });
  return { objects, problems, unsimulated, scenario: decoded.scenario };
}
