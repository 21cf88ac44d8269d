// `podlab exam`'s steps on the practice save: draw and set up the tasks (one context each), look
// at the exam, switch to a task, flag one, and grade them all at the end. The timer is the wall
// clock: the end time is saved, and a call after it finds the exam over.
import type { Drill } from '../../content/types.js';
import { drawExam, examSize } from '../../quiz/exam.js';
import { clusterNow } from '../clock.js';
import { withCluster, type PracticeSave } from '../save.js';
import { withSave, type Outcome, type SaveIO } from '../transact.js';
import { examContext } from './contexts.js';
import { gradeDrill, type DrillGrade, type ReadText } from './grade.js';
import { logUntil, mergeDue, placeSetup } from './place.js';
import { planSetup, type SetupPlan } from './setup.js';
import { examOf, withExam, type ExamSession, type ExamTask } from './state.js';

const EXAM_CONTEXT = /^exam-\d+$/;

/** The save without the clusters of an earlier exam. */
function withoutExamClusters(save: PracticeSave): PracticeSave {
  return { ...save, clusters: Object.fromEntries(Object.entries(save.clusters).filter(([name]) => !EXAM_CONTEXT.test(name))) };
}

export type ExamStarted =
  | { readonly kind: 'started'; readonly exam: ExamSession; readonly jumpedMs: number }
  | { readonly kind: 'running'; readonly exam: ExamSession }
  | { readonly kind: 'empty' };

/** Draws the tasks by the domain weights and sets each up in its own context; refused while one runs. */
export function startExam(io: SaveIO, drills: readonly Drill[], options: { readonly minutes: number; readonly seed: number }): Promise<Outcome<ExamStarted>> {
  const plans = new Map<string, SetupPlan>();
  for (const d of drills) {
    const setup = planSetup(d.setup);
    if (setup.ok) plans.set(d.id, setup.plan);
  }
  const byId = new Map(drills.map((d) => [d.id, d]));
  const pool = drills.filter((d) => plans.has(d.id)).map((d) => ({ id: d.id, domain: d.domain, weight: d.weight }));
  const ids = drawExam(pool, { size: examSize(options.minutes), seed: options.seed });
  return withSave<ExamStarted>(io, ({ save, wallMs }) => {
    const running = examOf(save);
    if (running) return { value: { kind: 'running', exam: running } };
    if (ids.length === 0) return { value: { kind: 'empty' } };
    let next = withoutExamClusters(save);
    let jumpedMs = 0;
    const tasks: ExamTask[] = ids.map((id, i) => {
      const drill = byId.get(id)!;
      const context = examContext(i + 1);
      const placed = placeSetup(next, context, plans.get(id)!, wallMs);
      next = placed.save;
      jumpedMs += placed.jumpedMs;
      return { drill: id, domain: drill.domain, weight: drill.weight, context, flagged: false, setupEntries: placed.setupEntries, pending: placed.pending };
    });
    const exam: ExamSession = { seed: options.seed, minutes: options.minutes, startedAt: wallMs, endsAt: wallMs + options.minutes * 60_000, tasks };
    return { value: { kind: 'started', exam, jumpedMs }, next: withExam(next, exam) };
  });
}

/** The exam as it stands: each task's context changed or not, and kubectl's current context. */
export interface ExamView {
  readonly exam: ExamSession;
  readonly changed: readonly boolean[];
  readonly currentContext: string;
  readonly wallMs: number;
}

/** Timed setup actions now due go into their clusters, so kubectl shows them. */
function synced(save: PracticeSave, exam: ExamSession, wallMs: number): { save: PracticeSave; exam: ExamSession; isChanged: boolean } {
  const now = clusterNow(save, wallMs);
  let next = save;
  let isChanged = false;
  const tasks = exam.tasks.map((task) => {
    const cluster = next.clusters[task.context];
    if (!cluster) return task;
    const m = mergeDue(cluster, task.pending, now);
    if (m.merged === 0) return task;
    isChanged = true;
    next = withCluster(next, task.context, m.cluster);
    return { ...task, pending: m.pending, setupEntries: task.setupEntries + m.merged };
  });
  return isChanged ? { save: withExam(next, { ...exam, tasks }), exam: { ...exam, tasks }, isChanged } : { save, exam, isChanged };
}

/**
 * Looks at the exam in progress (undefined: none); `change` may switch context or flag a task.
 * It returns the save to write, or undefined to leave it.
 */
export function viewExam(
  io: SaveIO, change?: (save: PracticeSave, exam: ExamSession) => PracticeSave | undefined,
): Promise<Outcome<ExamView | undefined>> {
  return withSave<ExamView | undefined>(io, ({ save, wallMs }) => {
    const found = examOf(save);
    if (!found) return { value: undefined };
    const s = synced(save, found, wallMs);
    const changedSave = wallMs < s.exam.endsAt && change ? change(s.save, s.exam) : undefined;
    const after = changedSave ?? s.save;
    const exam = examOf(after) ?? s.exam;
    const changed = exam.tasks.map((t) => (after.clusters[t.context]?.log.length ?? 0) > t.setupEntries);
    const value = { exam, changed, currentContext: after.currentContext, wallMs };
    return { value, ...(changedSave || s.isChanged ? { next: after } : {}) };
  });
}

/** One task graded; `grade` is missing when its drill is no longer in the content or its cluster broke. */
export interface TaskResult {
  readonly task: ExamTask;
  readonly drill?: Drill;
  readonly grade?: DrillGrade;
}

export interface Submitted {
  readonly exam: ExamSession;
  readonly results: readonly TaskResult[];
  /** The time was up: each cluster was judged as it stood at the end. */
  readonly isTimedOut: boolean;
  readonly wallMs: number;
}

/** Grades every task and ends the exam (undefined: none was running). Clusters are left for a look. */
export function submitExam(io: SaveIO, drills: readonly Drill[], readText: ReadText): Promise<Outcome<Submitted | undefined>> {
  return withSave<Submitted | undefined>(io, ({ save, wallMs }) => {
    const exam = examOf(save);
    if (!exam) return { value: undefined };
    const isTimedOut = wallMs >= exam.endsAt;
    const now = clusterNow(save, wallMs);
    // Note: what kubectl changed after the end does not count, as in the real exam's closed terminal.
    const at = isTimedOut ? Math.min(now, clusterNow(save, exam.endsAt)) : now;
    const results = exam.tasks.map((task): TaskResult => {
      const drill = drills.find((d) => d.id === task.drill);
      if (!drill) return { task };
      const cluster = logUntil(save.clusters[task.context] ?? { seed: 0, log: [] }, at);
      try {
        return { task, drill, grade: gradeDrill(drill, cluster, { startEpochMs: save.startEpochMs, nowMs: at }, task.pending, readText) };
      } catch {
        return { task, drill };
      }
    });
    return { value: { exam, results, isTimedOut, wallMs }, next: withExam(save, undefined) };
  });
}
