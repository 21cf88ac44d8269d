// The kubeconfig contexts of drills and mock exams: one for the drill being worked on, and one
// per exam task, as each task of the real exam names the context it must be done in.
import { MAX_EXAM_TASKS } from '../../quiz/exam.js';
import type { KubeContext } from '../../sim/kubectl/index.js';

/** The context `podlab drill ID` sets up and switches to. */
export const DRILL_CONTEXT = 'drill';

/** The context of exam task `n` (1-based). */
export const examContext = (n: number): string => `exam-${n}`;

/** Every context drills and exams use, to be offered beside the other practice contexts. */
export const DRILL_CONTEXTS: readonly KubeContext[] = [
  { name: DRILL_CONTEXT, cluster: DRILL_CONTEXT, user: `${DRILL_CONTEXT}-admin` },
  ...Array.from({ length: MAX_EXAM_TASKS }, (_, i) => examContext(i + 1)).map((name) => ({ name, cluster: name, user: `${name}-admin` })),
];
