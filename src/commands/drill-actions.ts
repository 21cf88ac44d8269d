// The flags of `podlab drill`, each acting on the drill in progress: show the task again, the
// next hint, a graded check, the reference solution, giving up.
import { EXIT, type CommandContext } from '../cli/context.js';
import type { Drill } from '../content/types.js';
import { DRILL_CONTEXT } from '../practice/drills/contexts.js';
import { checkDrill, nextHint } from '../practice/drills/drill-flow.js';
import { attemptsOf, isSolved, saveAttempts, type DrillAttempt } from '../practice/drills/record.js';
import { drillOf, type DrillSession } from '../practice/drills/state.js';
import { loadPractice } from '../practice/persist.js';
import { processDeps } from '../practice/process-deps.js';
import { assertNever } from '../util/assert-never.js';
import { fileReader, openProgress } from './drill-load.js';
import { drillText } from './drill-messages.js';
import { wrap } from './drill-text.js';
import { gradeText, howToText, solutionText, taskText } from './drill-print.js';

/** The drill in progress as saved (nothing is written), or undefined. */
export async function sessionNow(ctx: CommandContext): Promise<DrillSession | undefined> {
  const { describeNotice } = await import('../store/messages.js');
  const loaded = await loadPractice(ctx.env, (n) => ctx.io.err(describeNotice(n, ctx.lang) + '\n'));
  return loaded.read.kind === 'ok' ? drillOf(loaded.read.save) : undefined;
}

/** The drill in progress, checked against the ID given (if any); otherwise the exit code, said. */
async function inProgress(ctx: CommandContext, drills: readonly Drill[], given: Drill | undefined): Promise<{ session: DrillSession; drill: Drill } | number> {
  const t = drillText(ctx.lang);
  const session = await sessionNow(ctx);
  if (!session) {
    ctx.io.err(t('noDrill') + '\n');
    return EXIT.usage;
  }
  if (given && given.id !== session.id) {
    ctx.io.err(t('notCurrent', { id: given.id, current: session.id }) + '\n');
    return EXIT.usage;
  }
  const drill = drills.find((d) => d.id === session.id);
  if (!drill) {
    ctx.io.err(t('drillGone', { id: session.id }) + '\n');
    return EXIT.failed;
  }
  return { session, drill };
}

/** Saves an attempt in the progress store; says whether it was saved. */
function save(ctx: CommandContext, drill: Drill, attempt: DrillAttempt): boolean {
  const now = new Date();
  const store = openProgress(ctx, () => now);
  saveAttempts(store, [[drill.id, attempt]], now);
  return !store.isReadOnly;
}

export async function taskAction(ctx: CommandContext, drills: readonly Drill[], given: Drill | undefined): Promise<number> {
  const found = await inProgress(ctx, drills, given);
  if (typeof found === 'number') return found;
  ctx.io.out(taskText(ctx.lang, found.drill) + '\n' + howToText(ctx.lang, found.drill, found.drill.hints.length - found.session.hints));
  return EXIT.ok;
}

export async function hintAction(ctx: CommandContext, drills: readonly Drill[], given: Drill | undefined): Promise<number> {
  const t = drillText(ctx.lang);
  const found = await inProgress(ctx, drills, given);
  if (typeof found === 'number') return found;
  const done = await nextHint(processDeps(ctx), drills);
  if (!done.ok) {
    ctx.io.err(done.message + '\n');
    return EXIT.failed;
  }
  const hinted = done.value;
  switch (hinted.kind) {
    case 'none': ctx.io.err(t('noDrill') + '\n'); return EXIT.usage;
    case 'unknown': ctx.io.err(t('drillGone', { id: hinted.id }) + '\n'); return EXIT.failed;
    case 'no-more':
      ctx.io.out(t(hinted.drill.hints.length === 0 ? 'noHints' : 'noMoreHints', { n: hinted.drill.hints.length }) + '\n');
      return EXIT.ok;
    case 'hint':
      ctx.io.out(wrap(t('hint', { n: hinted.number, of: hinted.drill.hints.length, text: hinted.drill.hints[hinted.number - 1][ctx.lang] })).join('\n') + '\n');
      return EXIT.ok;
    default: return assertNever(hinted);
  }
}

export async function checkAction(ctx: CommandContext, drills: readonly Drill[], given: Drill | undefined): Promise<number> {
  const t = drillText(ctx.lang);
  const found = await inProgress(ctx, drills, given);
  if (typeof found === 'number') return found;
  const done = await checkDrill(processDeps(ctx), drills, fileReader(ctx.cwd));
  if (!done.ok) {
    ctx.io.err(done.message + '\n');
    return EXIT.failed;
  }
  const checked = done.value;
  switch (checked.kind) {
    case 'none': ctx.io.err(t('noDrill') + '\n'); return EXIT.usage;
    case 'unknown': ctx.io.err(t('drillGone', { id: checked.id }) + '\n'); return EXIT.failed;
    case 'broken': ctx.io.err(t('broken', { context: DRILL_CONTEXT, message: checked.message, id: checked.id }) + '\n'); return EXIT.failed;
    case 'graded': break;
    default: return assertNever(checked);
  }
  const { drill, grade } = checked;
  ctx.io.out(gradeText(ctx.lang, drill.id, grade));
  if (checked.currentContext !== DRILL_CONTEXT) ctx.io.out(t('wrongContext', { current: checked.currentContext, context: DRILL_CONTEXT }) + '\n');
  const attempt = { score: grade.score, total: grade.total };
  const saved = save(ctx, drill, attempt);
  const solved = isSolved(attempt);
  ctx.io.out([saved ? t('saved') : t('notSaved'), ...(saved && !solved ? [t('dueAgain')] : [])].join(' ') + '\n');
  if (!solved) ctx.io.out(t('afterCheck') + '\n');
  return solved ? EXIT.ok : EXIT.failed;
}

export async function solutionAction(ctx: CommandContext, drills: readonly Drill[], given: Drill | undefined): Promise<number> {
  const t = drillText(ctx.lang);
  let drill = given;
  if (!drill) {
    const found = await inProgress(ctx, drills, undefined);
    if (typeof found === 'number') return found;
    drill = found.drill;
  }
  const data = openProgress(ctx, () => new Date()).snapshot();
  if (attemptsOf(data, drill.id).length === 0) {
    ctx.io.err(t('solutionLocked') + '\n');
    return EXIT.usage;
  }
  ctx.io.out(solutionText(ctx.lang, drill));
  return EXIT.ok;
}

export async function giveUpAction(ctx: CommandContext, drills: readonly Drill[], given: Drill | undefined): Promise<number> {
  const t = drillText(ctx.lang);
  const found = await inProgress(ctx, drills, given);
  if (typeof found === 'number') return found;
  const total = found.drill.checks.reduce((s, c) => s + c.weight, 0);
  const saved = save(ctx, found.drill, { score: 0, total, gaveUp: true });
  ctx.io.out((saved ? t('gaveUp') : t('notSaved')) + '\n\n' + solutionText(ctx.lang, found.drill));
  return EXIT.ok;
}
