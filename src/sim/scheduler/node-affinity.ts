// nodeSelector and node affinity, as staging/src/k8s.io/component-helpers/scheduling/corev1/
// nodeaffinity/nodeaffinity.go matches them: terms are ORed, the requirements inside a term are
// ANDed, a term with no requirements matches nothing, and a term that does not parse matches
// nothing (the others still may).
import { assertNever } from '../../util/assert-never.js';
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, Pod } from '../api/types.js';

type Labels = Readonly<Record<string, string>>;
type Matcher = (labels: Labels, nodeName: string) => boolean;

const INT64 = /^[+-]?\d+$/;
const MIN_INT64 = -(2n ** 63n);
const MAX_INT64 = 2n ** 63n - 1n;

/** `strconv.ParseInt(v, 10, 64)`, or undefined when Go would return an error. */
function parseInt64(v: string): bigint | undefined {
  if (!INT64.test(v)) return undefined;
  const n = BigInt(v);
  return n < MIN_INT64 || n > MAX_INT64 ? undefined : n;
}

/** One matchExpressions entry as a `labels.Requirement`; undefined when `NewRequirement` rejects it. */
function labelRequirement(r: NodeSelectorRequirement): Matcher | undefined {
  const values = r.values ?? [];
  const has = (l: Labels) => Object.prototype.hasOwnProperty.call(l, r.key);
  switch (r.operator) {
    case 'In':
      return values.length === 0 ? undefined : (l) => has(l) && values.includes(l[r.key]);
    case 'NotIn':
      return values.length === 0 ? undefined : (l) => !has(l) || !values.includes(l[r.key]);
    case 'Exists':
      return values.length !== 0 ? undefined : (l) => has(l);
    case 'DoesNotExist':
      return values.length !== 0 ? undefined : (l) => !has(l);
    case 'Gt':
    case 'Lt': {
      const bound = values.length === 1 ? parseInt64(values[0]) : undefined;
      if (bound === undefined) return undefined;
      return (l) => {
        const v = has(l) ? parseInt64(l[r.key]) : undefined;
        return v !== undefined && (r.operator === 'Gt' ? v > bound : v < bound);
      };
    }
    default:
      // Validation rejects other operators before a pod reaches the scheduler.
      return assertNever(r.operator);
  }
}

/** One matchFields entry: only `metadata.name` with `In`/`NotIn` and exactly one value parses. */
function fieldRequirement(r: NodeSelectorRequirement): Matcher | undefined {
  const values = r.values ?? [];
  if (values.length !== 1 || r.key !== 'metadata.name') return undefined;
  if (r.operator === 'In') return (_l, name) => name === values[0];
  if (r.operator === 'NotIn') return (_l, name) => name !== values[0];
  return undefined;
}

/** A term as one matcher; `undefined` when it is empty or does not parse (it then matches nothing). */
export function termMatcher(term: NodeSelectorTerm): Matcher | undefined {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return undefined;
  const parts = [...exprs.map(labelRequirement), ...fields.map(fieldRequirement)];
  if (parts.some((p) => p === undefined)) return undefined;
  const matchers = parts as Matcher[];
  return (labels, name) => matchers.every((m) => m(labels, name));
}

function labelsOf(node: Node): Labels {
  return node.metadata.labels ?? {};
}

/** `RequiredNodeAffinity.Match`: nodeSelector AND the required node affinity terms. */
export function matchesRequiredAffinity(pod: Pod, node: Node): boolean {
  const labels = labelsOf(node);
  const name = node.metadata.name ?? '';
  const selector = pod.spec.nodeSelector;
  if (selector) {
    for (const k of Object.keys(selector)) if (labels[k] !== selector[k]) return false;
  }
  const required = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return true;
  return required.nodeSelectorTerms.some((t) => termMatcher(t)?.(labels, name) ?? false);
}

/** `PreferredSchedulingTerms.Score`: the sum of the weights of the preferred terms that match. */
export function preferredAffinityScore(pod: Pod, node: Node): number {
  const terms = pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  let score = 0;
  for (const t of terms) {
    if (t.weight === 0) continue;
    if (termMatcher(t.preference)?.(labelsOf(node), node.metadata.name ?? '')) score += t.weight;
  }
  return score;
}

/** What NodeAffinity's PreFilter concludes from `metadata.name In [...]` fields. */
export type NodeNameHint =
  | { readonly kind: 'all' }
  | { readonly kind: 'only'; readonly names: ReadonlySet<string> }
  | { readonly kind: 'conflict' };

/**
 * Note: when every required term pins node names with `matchFields: metadata.name In`, the
 * scheduler only looks at those nodes (`NodeAffinity.PreFilter`); terms whose pins cannot all
 * hold make the pod unschedulable before any filter runs.
 */
export function nodeNameHint(pod: Pod): NodeNameHint {
  const terms = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  if (terms.length === 0) return { kind: 'all' };
  const union = new Set<string>();
  for (const t of terms) {
    let names: Set<string> | undefined;
    for (const r of t.matchFields ?? []) {
      if (r.key !== 'metadata.name' || r.operator !== 'In') continue;
      const s = new Set(r.values ?? []);
      names = names === undefined ? s : new Set([...names].filter((n) => s.has(n)));
    }
    if (names === undefined) return { kind: 'all' };
    for (const n of names) union.add(n);
  }
  return union.size === 0 ? { kind: 'conflict' } : { kind: 'only', names: union };
}
