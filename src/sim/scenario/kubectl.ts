// A Scenario action's kubectl command line → what to do to the cluster. The kubectl layer
// parses the line exactly as kubectl would (so a typo is refused with kubectl's own words);
// this adapter turns the parsed request into engine commands, or into objects to admit first
// (`run`, `create deployment ...`, `apply -f -` with the action's `stdin`).
import { assertNever } from '../../util/assert-never.js';
import type { MetaChanges, ObjectRef, SimCommand } from '../engine/commands-types.js';
import { tokenize } from '../kubectl/argv/tokenize.js';
import { collectData, configMapObject, deploymentObject, namespaceObject, secretObject } from '../kubectl/generate/kinds.js';
import { runPod } from '../kubectl/generate/pod.js';
import { createServiceObject } from '../kubectl/generate/service.js';
import { parseKubectl } from '../kubectl/parse.js';
import type { KubectlRequest, MetaChange, Target } from '../kubectl/request.js';
import type { NoteKey } from './messages.js';

/** One step of an action: an engine command, or an object that must pass admission first. */
export type Planned =
  | { readonly kind: 'command'; readonly command: SimCommand }
  | {
    readonly kind: 'object'; readonly verb: 'create' | 'apply' | 'replace'; readonly force?: boolean;
    readonly raw: unknown; readonly namespace?: string;
    /** Index into the action's `stdin` list, when the object came from there. */
    readonly stdinIndex?: number;
  };

/** Something the Scenario asks for that changes nothing, said in the learner's language. */
export interface Note {
  readonly key: NoteKey;
  readonly vars: Readonly<Record<string, string>>;
}

export type KubectlPlan =
  | { readonly ok: true; readonly steps: readonly Planned[]; readonly notes: readonly Note[] }
  /** kubectl refuses the line; `message` is what it prints, without `error: `. */
  | { readonly ok: false; readonly message: string };

type Kind = ObjectRef['kind'];

function refs(targets: readonly Target[], namespace: string | undefined): ObjectRef[] {
  return targets.flatMap((t) => (t.type.kind === 'Event' ? [] : t.names.map((name) => ({
    kind: t.type.kind as Kind, name, ...(namespace && t.type.namespaced ? { namespace } : {}),
  }))));
}

function metaChanges(changes: readonly MetaChange[]): MetaChanges {
  return Object.fromEntries(changes.map((c) => [c.key, 'remove' in c ? null : c.value]));
}

/** kubectl's refusal on one line: `unknown command "delte" for "kubectl" (did you mean delete?)`. */
function cleanError(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const [first = '', ...rest] = lines;
  const head = first.replace(/^error: /, '');
  const at = rest.indexOf('Did you mean this?');
  if (at < 0) return [head, ...rest].join('; ');
  return `${head} (did you mean ${rest.slice(at + 1).join(' or ')}?)`;
}

/** Turns a parsed request into steps; `stdin` holds the objects `-f -` reads. */
function plan(r: KubectlRequest, line: string, stdin: readonly unknown[] | undefined): KubectlPlan {
  const ok = (steps: Planned[], notes: Note[] = []): KubectlPlan => ({ ok: true, steps, notes });
  const note = (key: NoteKey): KubectlPlan => ok([], [{ key, vars: { command: line } }]);
  const commands = (list: SimCommand[]): KubectlPlan => ok(list.map((command) => ({ kind: 'command' as const, command })));
  const ns = r.namespace;
  const fromStdin = (files: readonly string[], verb: 'create' | 'apply' | 'replace', force = false): KubectlPlan => {
    if (files.some((f) => f !== '-')) return { ok: false, message: `a Scenario cannot read files (${files.join(', ')}): write the objects under stdin: and use -f -` };
    if (!stdin || stdin.length === 0) return { ok: false, message: 'no objects passed to apply' };
    return ok(stdin.map((raw, i) => ({ kind: 'object', verb, force, raw, stdinIndex: i, ...(ns ? { namespace: ns } : {}) })));
  };
  if ('dryRun' in r && r.dryRun !== 'none') return note('dryRun');
  switch (r.verb) {
    case 'delete': {
      if (r.selector !== undefined || r.all) return note('notInScenario');
      const grace = r.gracePeriod >= 0 ? { gracePeriodSeconds: r.gracePeriod } : {};
      const byName = refs(r.targets, ns).map((ref): SimCommand => ({ kind: 'delete', ref, ...grace, ...(r.force ? { force: true } : {}) }));
      if (r.files.length === 0) return commands(byName);
      const objects = fromStdin(r.files, 'apply');
      if (!objects.ok) return objects;
      const fromFiles = objects.steps.flatMap((s): SimCommand[] => {
        const raw = s.kind === 'object' ? (s.raw as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } }) : undefined;
        if (typeof raw?.kind !== 'string' || typeof raw.metadata?.name !== 'string') return [];
        const namespace = typeof raw.metadata.namespace === 'string' ? raw.metadata.namespace : ns;
        return [{ kind: 'delete', ref: { kind: raw.kind as Kind, name: raw.metadata.name, ...(namespace ? { namespace } : {}) }, ...grace }];
      });
      return commands([...byName, ...fromFiles]);
    }
    case 'apply':
    case 'create':
    case 'replace':
      return fromStdin(r.files, r.verb, r.verb === 'replace' && r.force);
    case 'scale':
      return commands(refs(r.targets, ns).map((ref) => ({ kind: 'scale', ref, replicas: r.replicas })));
    case 'label':
    case 'annotate':
      if (r.selector !== undefined || r.all || r.list) return note('notInScenario');
      return commands(refs(r.targets, ns).map((ref) => ({ kind: r.verb, ref, changes: metaChanges(r.changes), overwrite: r.overwrite })));
    case 'set-image': {
      const images = Object.fromEntries(r.images.map((i) => [i.container, i.image]));
      return commands(refs(r.targets, ns).map((ref) => ({ kind: 'setImage', ref, images })));
    }
    case 'set-resources':
      return commands(refs(r.targets, ns).map((ref) => ({
        kind: 'setResources', ref, ...(r.containers !== '*' ? { container: r.containers } : {}),
        ...(Object.keys(r.requests).length > 0 ? { requests: r.requests } : {}), ...(Object.keys(r.limits).length > 0 ? { limits: r.limits } : {}),
      })));
    case 'run': {
      const pod = runPod(r, ns);
      if (typeof pod === 'string') return { ok: false, message: pod };
      return ok([{ kind: 'object', verb: 'create', raw: pod }], r.expose ? [{ key: 'notInScenario', vars: { command: `${line} (--expose)` } }] : []);
    }
    case 'create-kind': {
      let object: unknown;
      switch (r.kind) {
        case 'deployment': object = deploymentObject(r, ns); break;
        case 'namespace': object = namespaceObject(r.name); break;
        case 'service': object = createServiceObject(r, ns); break;
        case 'configmap':
        case 'secret': {
          const data = collectData(r, undefined);
          object = typeof data === 'string' ? data : r.kind === 'configmap' ? configMapObject(r, data, ns) : secretObject(r, data, ns);
          break;
        }
        default: return assertNever(r);
      }
      return typeof object === 'string' ? { ok: false, message: object } : ok([{ kind: 'object', verb: 'create', raw: object }]);
    }
    case 'exec': {
      // Note: kubectl exec also takes TYPE/NAME of a workload (it picks a pod); a Scenario names the pod.
      const [type, name] = r.pod.includes('/') ? r.pod.split('/', 2) : ['pod', r.pod];
      if (!['pod', 'pods', 'po'].includes(type) || r.command.length === 0) return note('notInScenario');
      const target = { pod: name, ...(r.container ? { container: r.container } : {}), ...(ns ? { namespace: ns } : {}) };
      return commands([{ kind: 'exec', target, command: r.command }]);
    }
    case 'expose':
    case 'edit':
    case 'cordon': case 'uncordon': case 'drain':
      return note('notInScenario');
    case 'get': case 'describe': case 'logs': case 'top': case 'explain': case 'config': case 'version': case 'api-resources':
      return note('readOnly');
    default:
      return assertNever(r);
  }
}

/** Plans one command line (a leading `kubectl` is optional). */
export function planKubectl(line: string, stdin: readonly unknown[] | undefined): KubectlPlan {
  const words = tokenize(line);
  if (!words.ok) return { ok: false, message: `cannot split the command line: ${words.error.replace(/-/g, ' ')}` };
  if (words.words.length === 0) return { ok: false, message: 'empty command line' };
  const parsed = parseKubectl(words.words[0] === 'kubectl' ? words.words : ['kubectl', ...words.words]);
  if (!parsed.ok) return { ok: false, message: cleanError(parsed.stderr) || `kubectl ${parsed.hint?.vars?.command ?? ''} is not simulated` };
  if ('help' in parsed) return { ok: false, message: 'this command line only asks kubectl for help' };
  return plan(parsed.request, line, stdin);
}
