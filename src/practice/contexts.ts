// The kubeconfig contexts of the practice clusters. Each context is a cluster of its own (with
// its own log), so "switch context first" matters here as it does in the exam.
import { DEFAULT_CONTEXTS, type KubeContext } from '../sim/kubectl/index.js';
import { DRILL_CONTEXTS } from './drills/contexts.js';

/** `podlab` first (the one a new save starts on), the exam-style names lessons use, then drills' and exam tasks'. */
export const PRACTICE_CONTEXTS: readonly KubeContext[] = [
  ...DEFAULT_CONTEXTS,
  ...['cluster1', 'cluster2', 'cluster3'].map((name) => ({ name, cluster: name, user: `${name}-admin` })),
  ...DRILL_CONTEXTS,
];

export const DEFAULT_CONTEXT = PRACTICE_CONTEXTS[0].name;

/** The saved context, or the default when the saved one is no longer offered. */
export function contextOf(saved: string): string {
  return PRACTICE_CONTEXTS.some((c) => c.name === saved) ? saved : DEFAULT_CONTEXT;
}
