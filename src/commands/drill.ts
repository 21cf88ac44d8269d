/**
 * `podlab drill [ID] [--task | --hint | --check | --solution | --give-up]`: CKA hands-on tasks,
 * worked on from the learner's own shell with `podlab kubectl`. Without an ID: the list. With
 * one: the drill is set up in the `drill` context and its task shown. The flags act on the drill
 * in progress (`--solution ID` on any drill tried before).
 */
import { closest } from '../cli/args.js';
import { EXIT, type CommandContext, type CommandRun } from '../cli/context.js';
import type { Drill } from '../content/types.js';
import { DRILL_CONTEXT } from '../practice/drills/contexts.js';
import { startDrill } from '../practice/drills/drill-flow.js';
import { bestPercent, isDue } from '../practice/drills/record.js';
import { formatAge } from '../practice/clock.js';
import { assertNever } from '../util/assert-never.js';
import { processDeps } from '../practice/process-deps.js';
import { checkAction, giveUpAction, hintAction, sessionNow, solutionAction, taskAction } from './drill-actions.js';
import { loadDrills, openProgress } from './drill-load.js';
import { drillText } from './drill-messages.js';
import { howToText, listText, taskText } from './drill-print.js';

const ACTIONS = ['task', 'hint', 'check', 'solution', 'give-up'] as const;
type Action = (typeof ACTIONS)[number];

export const run: CommandRun = async (ctx) => {
  const t = drillText(ctx.lang);
  const actions = ACTIONS.filter((a) => ctx.flags[a] === true);
  if (actions.length > 1) {
    ctx.io.err(t('oneAction') + '\n');
    return EXIT.usage;
  }
  const drills = await loadDrills(ctx);
  const id = ctx.positionals[0];
  const drill = id === undefined ? undefined : drills.find((d) => d.id === id);
  if (id !== undefined && !drill) {
    const near = closest(id, drills.map((d) => d.id));
    ctx.io.err(t('unknownDrill', { id }) + (near ? ` ${t('didYouMean', { id: near })}` : '') + '\n');
    return EXIT.usage;
  }
  const action: Action | undefined = actions[0];
  if (action === undefined) return drill ? start(ctx, drill) : list(ctx, drills);
  return act(ctx, action, drills, drill);
};

function act(ctx: CommandContext, action: Action, drills: readonly Drill[], drill: Drill | undefined): Promise<number> {
  switch (action) {
    case 'task': return taskAction(ctx, drills, drill);
    case 'hint': return hintAction(ctx, drills, drill);
    case 'check': return checkAction(ctx, drills, drill);
    case 'solution': return solutionAction(ctx, drills, drill);
    case 'give-up': return giveUpAction(ctx, drills, drill);
    default: return assertNever(action);
  }
}

async function list(ctx: CommandContext, drills: readonly Drill[]): Promise<number> {
  if (drills.length === 0) {
    ctx.io.err(drillText(ctx.lang)('noDrills') + '\n');
    return EXIT.failed;
  }
  const now = new Date();
  const data = openProgress(ctx, () => now).snapshot();
  const order = ['troubleshooting', 'architecture', 'networking', 'workloads', 'storage'];
  const sorted = [...drills].sort((a, b) => order.indexOf(a.domain) - order.indexOf(b.domain));
  const items = sorted.map((drill) => ({ drill, best: bestPercent(data, drill.id), isDue: isDue(data, drill.id, now) }));
  ctx.io.out(listText(ctx.lang, items, (await sessionNow(ctx))?.id));
  return EXIT.ok;
}

async function start(ctx: CommandContext, drill: Drill): Promise<number> {
  const t = drillText(ctx.lang);
  const done = await startDrill(processDeps(ctx), drill);
  if (!done.ok) {
    const message = 'unbuildable' in done
      ? t(`unbuildable.${done.unbuildable.problem}`, { id: drill.id, detail: done.unbuildable.detail })
      : done.message;
    ctx.io.err(message + '\n');
    return EXIT.failed;
  }
  ctx.io.out(taskText(ctx.lang, drill));
  ctx.io.out(t('contextReady', { context: DRILL_CONTEXT }) + '\n');
  if (done.value.jumpedMs > 0) ctx.io.out(t('jumped', { by: formatAge(done.value.jumpedMs) }) + '\n');
  ctx.io.out('\n' + howToText(ctx.lang, drill, drill.hints.length));
  return EXIT.ok;
}
