/** The drill schema: a CKA-style task, the checks that grade it, hints and a reference solution. */
import { posOf, report } from './decode-core.js';
import { id, int, oneOf, scalarText, str } from './decode-scalars.js';
import { list, object, opt, refine, req, uniqueIds, variant } from './decode-structs.js';
import { bilingual } from './decode-text.js';
import { k8sName, podGoal } from './schema-goal.js';
import { SYLLABUS_IDS } from './syllabus.js';
import { DOMAINS, type Drill, type DrillCheck, type DrillSolution } from './types.js';

const check = variant<DrillCheck>(
  'kind',
  {
    pod: { expect: req(podGoal) },
    jsonpath: { resource: req(str), namespace: opt(k8sName), path: req(str), expect: req(scalarText) },
    file: { path: req(str), expect: req(scalarText) },
  },
  { id: req(id), weight: req(int(1, 100)), message: req(bilingual) },
);

/** Commands and/or a manifest, at least one of them (drills and lab steps). */
export const solution = refine(object<DrillSolution>({ commands: opt(list(str, { min: 1 })), manifest: opt(str) }), (value, ctx, slot) => {
  if (value.commands || value.manifest) return true;
  report(ctx, posOf(ctx, slot.node), 'missing-field', { key: 'emptySolution' }, { key: 'emptySolutionHint' });
  return false;
});

export const drill = object<Drill>({
  id: req(id),
  title: req(bilingual),
  syllabus: req(oneOf(SYLLABUS_IDS)),
  domain: req(oneOf(DOMAINS)),
  weight: req(int(1, 100)),
  minutes: opt(int(1, 120)),
  setup: opt(str),
  task: req(bilingual),
  checks: req(uniqueIds('whatCheck', check, { min: 1 })),
  hints: req(list(bilingual)),
  solution: req(solution),
});
