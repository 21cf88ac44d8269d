/**
 * The lab schema: a guided scenario of the Lab, its setup, and steps that each end when a goal
 * is met (see docs/content-format.md "Lab scenarios").
 */
import { isMap, isScalar } from 'yaml';
import { decoder, deref, posOf, report, type Decoder } from './decode-core.js';
import { duration, int, matching, oneOf, scalarText, str } from './decode-scalars.js';
import { list, object, opt, req, variant } from './decode-structs.js';
import { bilingual } from './decode-text.js';
import { solution } from './schema-drill.js';
import { k8sName, podGoal } from './schema-goal.js';
import { SYLLABUS_IDS } from './syllabus.js';
import type { LabGoal, LabScenario, LabStep, PodGoal } from './types.js';

/** A drill-style id that starts with `lab-`, so lab ids never look like drill or question ids. */
const labId = matching(/^lab-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'badLabId', 'badLabIdHint');

/**
 * A PodGoal without `after`: a lab goal is judged live, whenever the learner acts, so a delay
 * from "the moment the learner acted" has no meaning there. The step's `within` takes its place.
 */
const livePodGoal: Decoder<PodGoal> = decoder(podGoal.expected, (slot, ctx) => {
  const node = deref(slot.node, ctx);
  const after = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === 'after') : undefined;
  if (after) {
    report(ctx, posOf(ctx, after.key), 'unknown-key', { key: 'labGoalAfter', vars: { where: `${slot.path}.after` } }, { key: 'labGoalAfterHint' });
  }
  const goal = podGoal(slot, ctx);
  return after ? undefined : goal;
});

const goal = variant<LabGoal>('kind', {
  ran: { command: req(str) },
  pod: { expect: req(livePodGoal) },
  jsonpath: { resource: req(str), namespace: opt(k8sName), path: req(str), expect: req(scalarText) },
});

const step = object<LabStep>({
  text: req(bilingual),
  hint: opt(bilingual),
  until: req(goal),
  solution: req(solution),
  within: opt(duration),
});

export const lab = object<LabScenario>({
  id: req(labId),
  title: req(bilingual),
  syllabus: req(oneOf(SYLLABUS_IDS)),
  minutes: opt(int(1, 120)),
  intro: req(bilingual),
  setup: opt(str),
  steps: req(list(step, { min: 1 })),
  outro: req(bilingual),
});
