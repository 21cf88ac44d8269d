// A drill's setup as changes to a practice cluster. A practice cluster is a log of engine
// commands replayed over the default cluster, so the setup becomes commands too: the objects,
// created the way the API server admits them (the same admission `podlab validate` uses), and
// the Scenario's timed actions. A setup that declares Nodes replaces the default nodes, as the
// simulator does for a manifest that declares its own.
import { admitManifest } from '../../content/sim-checks/admit.js';
import type { KubeObject } from '../../sim/api/index.js';
import { getNodes, init, type ScenarioAction, type SimCommand } from '../../sim/index.js';

/** Commands that build the setup at one instant, and actions due later (`at` counts from it). */
export interface SetupPlan {
  readonly commands: readonly SimCommand[];
  readonly actions: readonly ScenarioAction[];
}

/** Why a setup cannot be built in a practice cluster. */
export type SetupProblem =
  /** The API server refuses the manifest (`podlab validate` reports where). */
  | 'refused'
  /** It holds kinds podlab does not simulate. */
  | 'unsimulated'
  /** Its Scenario declares images, which a practice cluster has no place for. */
  | 'images';

export type SetupResult =
  | { readonly ok: true; readonly plan: SetupPlan }
  | { readonly ok: false; readonly problem: SetupProblem; readonly detail: string };

/** Kinds whose whole effect admission already applied (a pod's priority), as `podlab validate` treats them. */
const ADMISSION_ONLY = new Set(['PriorityClass']);

let defaults: readonly string[] | undefined;

/** The nodes a practice cluster starts with. */
function defaultNodeNames(): readonly string[] {
  defaults ??= getNodes(init({ objects: [], startEpochMs: 0 }, 1)).map((n) => n.metadata.name ?? '');
  return defaults;
}

const rank = (o: KubeObject) => (o.kind === 'Namespace' ? 0 : o.kind === 'Node' ? 1 : 2);

export function planSetup(text: string | undefined): SetupResult {
  if (text === undefined) return { ok: true, plan: { commands: [], actions: [] } };
  const admitted = admitManifest(text);
  if (admitted.problems.length > 0) return { ok: false, problem: 'refused', detail: admitted.problems.map((p) => `${p.line}:${p.col} ${p.detail}`).join('; ') };
  const unsimulated = admitted.unsimulated.filter((k) => !ADMISSION_ONLY.has(k));
  if (unsimulated.length > 0) return { ok: false, problem: 'unsimulated', detail: [...new Set(unsimulated)].join(', ') };
  const images = admitted.scenario?.images ?? [];
  if (images.length > 0) return { ok: false, problem: 'images', detail: images.map((i) => i.image).join(', ') };
  // Namespaces and nodes first, so the objects that need them find them, as `init` orders them.
  const objects = admitted.objects.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i).map((x) => x.o);
  const declaredNodes = objects.filter((o) => o.kind === 'Node').map((o) => o.metadata.name);
  const commands: SimCommand[] = [];
  if (declaredNodes.length > 0) {
    for (const name of defaultNodeNames()) commands.push({ kind: 'delete', ref: { kind: 'Node', name } });
  }
  for (const object of objects) {
    // Note: `default` and the other system namespaces exist already; apply takes them as they are.
    commands.push(object.kind === 'Namespace' || object.kind === 'Node' ? { kind: 'apply', object } : { kind: 'create', object });
  }
  return { ok: true, plan: { commands, actions: [...(admitted.scenario?.actions ?? [])].sort((a, b) => a.at - b.at) } };
}
