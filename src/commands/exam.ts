/**
 * `podlab exam [--minutes N] [--seed N] | exam task N | exam flag N | exam submit`: a timed mock
 * CKA exam worked on from the learner's own shell. Without an exam running, `podlab exam` draws
 * one and sets every task up in its own context; with one running it lists the tasks and the
 * time left. Any call after the end time grades the exam as it stood at the end.
 */
import { EXIT, type CommandContext, type CommandRun } from '../cli/context.js';
import type { Drill } from '../content/types.js';
import { formatAge } from '../practice/clock.js';
import { startExam, submitExam, viewExam, type ExamView } from '../practice/drills/exam-flow.js';
import { withExam } from '../practice/drills/state.js';
import { processDeps } from '../practice/process-deps.js';
import { FULL_EXAM_MINUTES, PASS_LINE } from '../quiz/exam.js';
import { loadDrills } from './drill-load.js';
import { examText, EXAM_USAGE } from './exam-messages.js';
import { clockTime, startedText, statusText, taskShownText } from './exam-print.js';
import { finishExam } from './exam-submit.js';

const MAX_MINUTES = 180;

export const run: CommandRun = async (ctx) => {
  const t = examText(ctx.lang);
  const [sub, arg, ...rest] = ctx.positionals;
  if (rest.length > 0 || (arg !== undefined && sub !== 'task' && sub !== 'flag')) {
    ctx.io.err(t('tooMany', { usage: EXAM_USAGE }) + '\n');
    return EXIT.usage;
  }
  if (sub !== undefined && sub !== 'task' && sub !== 'flag' && sub !== 'submit') {
    ctx.io.err(t('badSub', { value: sub, usage: EXAM_USAGE }) + '\n');
    return EXIT.usage;
  }
  if ((sub === 'task' || sub === 'flag') && arg === undefined) {
    ctx.io.err(t('needTask', { sub }) + '\n');
    return EXIT.usage;
  }
  const hasStartFlags = ctx.flags.minutes !== undefined || ctx.flags.seed !== undefined;
  if (sub !== undefined && hasStartFlags) {
    ctx.io.err(t('startFlags') + '\n');
    return EXIT.usage;
  }
  const drills = await loadDrills(ctx);
  // Every call first looks at the exam: one whose time is up is graded before anything else.
  const seen = await viewExam(processDeps(ctx));
  if (!seen.ok) return fault(ctx, seen.message);
  const view = seen.value;
  if (view && view.wallMs >= view.exam.endsAt) return finishExam(ctx, drills);
  if (sub === 'submit') return view ? finishExam(ctx, drills) : noExam(ctx);
  if (sub === 'task' || sub === 'flag') return view ? onTask(ctx, drills, view, sub, arg ?? '') : noExam(ctx);
  if (view) {
    if (hasStartFlags) {
      ctx.io.err(t('running', { end: clockTime(view.exam.endsAt) }) + '\n');
      return EXIT.usage;
    }
    ctx.io.out(statusText(ctx.lang, view));
    return EXIT.ok;
  }
  return start(ctx, drills);
};

function fault(ctx: CommandContext, message: string): number {
  ctx.io.err(message + '\n');
  return EXIT.failed;
}

function noExam(ctx: CommandContext): number {
  ctx.io.err(examText(ctx.lang)('noExam') + '\n');
  return EXIT.usage;
}

/** A whole number from a flag, or undefined when it is not one. */
function wholeNumber(value: unknown, min: number, max: number): number | undefined {
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

async function start(ctx: CommandContext, drills: readonly Drill[]): Promise<number> {
  const t = examText(ctx.lang);
  const deps = processDeps(ctx);
  const minutes = ctx.flags.minutes === undefined ? FULL_EXAM_MINUTES : wholeNumber(ctx.flags.minutes, 1, MAX_MINUTES);
  if (minutes === undefined) {
    ctx.io.err(t('badMinutes', { value: String(ctx.flags.minutes) }) + '\n');
    return EXIT.usage;
  }
  const seed = ctx.flags.seed === undefined ? deps.newSeed() : wholeNumber(ctx.flags.seed, -(2 ** 31), 2 ** 32);
  if (seed === undefined) {
    ctx.io.err(t('badSeed', { value: String(ctx.flags.seed) }) + '\n');
    return EXIT.usage;
  }
  const done = await startExam(deps, drills, { minutes, seed });
  if (!done.ok) return fault(ctx, done.message);
  const started = done.value;
  if (started.kind === 'empty') return fault(ctx, t('noDrills'));
  if (started.kind === 'running') {
    ctx.io.err(t('running', { end: clockTime(started.exam.endsAt) }) + '\n');
    return EXIT.usage;
  }
  ctx.io.out(startedText(ctx.lang, started.exam, PASS_LINE));
  if (started.jumpedMs > 0) ctx.io.out(t('jumped', { by: formatAge(started.jumpedMs) }) + '\n\n');
  const view: ExamView = { exam: started.exam, changed: started.exam.tasks.map(() => false), currentContext: done.save.currentContext, wallMs: started.exam.startedAt };
  ctx.io.out(statusText(ctx.lang, view));
  return EXIT.ok;
}

/** `task N` switches kubectl to the task's context and shows it; `flag N` toggles its flag. */
async function onTask(ctx: CommandContext, drills: readonly Drill[], view: ExamView, sub: 'task' | 'flag', arg: string): Promise<number> {
  const t = examText(ctx.lang);
  const n = wholeNumber(arg, 1, view.exam.tasks.length);
  if (n === undefined) {
    ctx.io.err(t('badTask', { value: arg, of: view.exam.tasks.length }) + '\n');
    return EXIT.usage;
  }
  const done = await viewExam(processDeps(ctx), (save, exam) => {
    const task = exam.tasks[n - 1];
    if (sub === 'task') return { ...save, currentContext: task.context };
    return withExam(save, { ...exam, tasks: exam.tasks.map((x, i) => (i === n - 1 ? { ...x, flagged: !x.flagged } : x)) });
  });
  if (!done.ok) return fault(ctx, done.message);
  const after = done.value;
  if (!after) return noExam(ctx);
  if (after.wallMs >= after.exam.endsAt) return finishExam(ctx, drills);
  if (sub === 'flag') {
    ctx.io.out(t(after.exam.tasks[n - 1].flagged ? 'flagOn' : 'flagOff', { n }) + '\n');
    return EXIT.ok;
  }
  const drill = drills.find((d) => d.id === after.exam.tasks[n - 1].drill);
  if (!drill) return fault(ctx, t('skippedTask', { n, id: after.exam.tasks[n - 1].drill }));
  ctx.io.out(taskShownText(ctx.lang, after.exam, n, drill));
  return EXIT.ok;
}
