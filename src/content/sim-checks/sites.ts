/**
 * Where loaded content holds something the simulator can check: manifests, predictions, goals.
 * Each site keeps the object and field its text came from, so `locate` can point at it.
 */
import type { LoadedContent } from '../load.js';
import type { Block, PodGoal, PredictAsk } from '../types.js';

/** A field holding manifest text. */
export interface ManifestSite {
  readonly owner: object;
  readonly field: string;
  readonly text: string;
}

/** A predict step or question. `answer` is optional on steps (the simulator supplies it). */
export interface PredictSite {
  readonly owner: object;
  readonly manifest: string;
  /** Seconds. */
  readonly at: number;
  readonly ask: PredictAsk;
  readonly answer?: string;
}

/** A fix step or yaml question: a starting manifest that misses the goal and one that meets it. */
export interface RepairSite {
  readonly owner: object;
  readonly start: ManifestSite;
  readonly solution?: ManifestSite;
  readonly goal: PodGoal;
}

/** A command question: the command line must take the setup to the goal. */
export interface CommandSite {
  readonly owner: object;
  readonly setup?: ManifestSite;
  readonly command: string;
  readonly goal: PodGoal;
}

export interface Sites {
  readonly manifests: readonly ManifestSite[];
  readonly predicts: readonly PredictSite[];
  readonly repairs: readonly RepairSite[];
  readonly commands: readonly CommandSite[];
}

const site = (owner: object, field: string, text: string | undefined): ManifestSite[] =>
  text === undefined ? [] : [{ owner, field, text }];

function fromBlock(block: Block, out: { manifests: ManifestSite[]; predicts: PredictSite[]; repairs: RepairSite[] }): void {
  if (block.kind === 'code' && block.lang === 'yaml' && block.fragment !== true) out.manifests.push(...site(block, 'source', block.source));
  if (block.kind !== 'step') return;
  out.manifests.push(...site(block, 'manifest', block.manifest));
  if (block.type === 'predict') {
    out.predicts.push({ owner: block, manifest: block.manifest, at: block.at, ask: block.ask, ...(block.answer !== undefined ? { answer: block.answer } : {}) });
    return;
  }
  const solution = site(block, 'solution', block.solution);
  out.manifests.push(...solution);
  out.repairs.push({ owner: block, start: { owner: block, field: 'manifest', text: block.manifest }, ...(solution[0] ? { solution: solution[0] } : {}), goal: block.goal });
}

export function collectSites(content: LoadedContent): Sites {
  const out = { manifests: [] as ManifestSite[], predicts: [] as PredictSite[], repairs: [] as RepairSite[], commands: [] as CommandSite[] };
  for (const lesson of content.lessons) for (const page of lesson.pages) for (const block of page.body) fromBlock(block, out);
  for (const q of content.questions) {
    if (q.type === 'predict') {
      out.manifests.push(...site(q, 'manifest', q.manifest));
      out.predicts.push({ owner: q, manifest: q.manifest, at: q.at, ask: q.ask, answer: q.answer });
    } else if (q.type === 'yaml') {
      const [start, solution] = [site(q, 'starter', q.starter)[0], site(q, 'solution', q.solution)[0]];
      out.manifests.push(start, solution);
      out.repairs.push({ owner: q, start, solution, goal: q.goal });
    } else if (q.type === 'command') {
      const setup = site(q, 'setup', q.setup);
      out.manifests.push(...setup);
      out.commands.push({ owner: q, ...(setup[0] ? { setup: setup[0] } : {}), command: q.solution, goal: q.goal });
    }
  }
  for (const drill of content.drills) {
    out.manifests.push(...site(drill, 'setup', drill.setup), ...site(drill.solution, 'manifest', drill.solution.manifest));
  }
  for (const lab of content.labs) {
    out.manifests.push(...site(lab, 'setup', lab.setup));
    for (const step of lab.steps) out.manifests.push(...site(step.solution, 'manifest', step.solution.manifest));
  }
  return out;
}
