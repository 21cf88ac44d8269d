/**
 * A fix step: the task, the goal, the manifest as the learner has it now, and what the last
 * check found: the API server's refusals by line, or each part of the goal that fails with
 * what the simulator showed, the pod's row and its latest warning, and a hint.
 */
import { simCheckText } from '../../content/sim-checks/messages.js';
import type { PodGoal } from '../../content/types.js';
import { assertNever } from '../../util/assert-never.js';
import type { FixState } from '../state/step-state.js';
import type { FixCheck } from '../steps/types.js';
import { pick } from '../text.js';
import type { BoxContent } from './code-box.js';
import type { ViewContext } from './context.js';
import { BLANK, bulleted, clip, indented, type Line } from './line.js';
import { boxLines, formatT, manifestBox, podTable, stepTitle } from './step-parts.js';

/** Code lines the manifest keeps however long the result below it. */
const MIN_BOX_ROWS = 3;

export interface FixLayout {
  readonly head: readonly Line[];
  readonly box: BoxContent;
  readonly boxRows: number;
  readonly tail: readonly Line[];
}

/** The goal in words: what must show, and when. */
export function goalText(ctx: ViewContext, goal: PodGoal): string {
  const { t } = ctx;
  const at = formatT((goal.after ?? 0) * 1000);
  if (goal.exists === false) return t('fix.goalGone', { at, pod: goal.pod });
  const conditions = [
    ...(goal.status === undefined ? [] : [`STATUS ${goal.status}`]),
    ...(goal.ready === undefined ? [] : [`READY ${goal.ready}`]),
    ...(goal.restarts === undefined ? [] : [`RESTARTS ${goal.restarts}`]),
    ...(goal.image === undefined ? [] : [goal.container === undefined
      ? t('fix.cond.image', { image: goal.image })
      : t('fix.cond.containerImage', { image: goal.image, container: goal.container })]),
    ...Object.entries(goal.labels ?? {}).map(([key, value]) => t('fix.cond.label', { key, value })),
  ];
  if (conditions.length === 0) return t('fix.goalExists', { at, pod: goal.pod });
  return t('fix.goal', { at, pod: goal.pod, conditions: conditions.join(', ') });
}

/** What the last check found: lines that must show, and the pod's row, shown when there is room. */
interface CheckLines {
  readonly lines: readonly Line[];
  readonly table: readonly Line[];
}

function checkLines(ctx: ViewContext, state: FixState, check: FixCheck): CheckLines {
  const { t, lang, width } = ctx;
  switch (check.kind) {
    case 'crashed':
      return { lines: indented(t('step.crashed', { detail: check.detail }), width, 1, 'warn'), table: [] };
    case 'refused':
      return {
        lines: [
          ...indented(t('fix.refused'), width, 1, 'warn'),
          ...check.problems.flatMap((p) => indented(t('fix.problem', { line: p.line, detail: p.detail }), width, 3)),
        ],
        table: [],
      };
    case 'judged': {
      const at = formatT(check.at);
      const table = check.row ? podTable([check.row], width) : [];
      if (check.failures.length === 0) return { lines: indented(t('fix.pass', { at }), width, 1, 'good'), table };
      const said = simCheckText(lang);
      const hints = state.step.hints ?? [];
      const hint = hints[Math.min(state.failures, hints.length) - 1];
      return {
        lines: [
          ...indented(t('fix.fail', { at }), width, 1, 'warn'),
          ...check.failures.flatMap((f) => bulleted(said(f.key, f.vars), width, 3)),
          ...(check.warning ? indented(t('fix.event', { reason: check.warning.reason, message: check.warning.message }), width, 1, 'dim') : []),
          ...(hint ? indented(t('fix.hint', { hint: pick(hint, lang) }), width, 1, 'accent') : []),
        ],
        table,
      };
    }
    default:
      return assertNever(check);
  }
}

/** What shows under the manifest: work under way, a note, the last check, or what to do. */
function tailLines(ctx: ViewContext, state: FixState): CheckLines {
  const { t, width } = ctx;
  const editor = state.editor ?? '';
  const only = (lines: readonly Line[]): CheckLines => ({ lines, table: [] });
  if (state.request) return only(indented(t(state.request.kind === 'edit' ? 'fix.editing' : 'fix.checking', { editor }), width, 1, 'dim'));
  const note = state.note;
  if (note) {
    switch (note.kind) {
      case 'reset':
        return only(indented(t('fix.reset'), width, 1, 'dim'));
      case 'noEditor':
        return only(indented(t('fix.noEditor'), width, 1, 'warn'));
      case 'editorFailed':
        return only(indented(t('fix.editorFailed', { detail: note.detail }), width, 1, 'warn'));
      default:
        return assertNever(note);
    }
  }
  if (state.check) return checkLines(ctx, state, state.check);
  return only(indented(state.editor === undefined ? t('fix.noEditor') : t('fix.edit', { editor }), width, 1, 'dim'));
}

export function fixLayout(ctx: ViewContext, state: FixState): FixLayout {
  const { t, lang, width, height } = ctx;
  const head = [
    stepTitle(ctx, t('reader.fix')),
    ...indented(pick(state.step.prompt, lang), width, 1),
    ...indented(goalText(ctx, state.step.goal), width, 1, 'accent'),
  ];
  const isEdited = state.text !== state.step.manifest;
  const box = manifestBox(state.text, `${state.step.goal.pod}.yaml${isEdited ? ` (${t('fix.edited')})` : ''}`, width);
  // Blank lines above and below the box, and its two borders.
  const spare = height - head.length - 4;
  const room = Math.max(1, spare - Math.min(MIN_BOX_ROWS, box.lines.length));
  const { lines, table } = tailLines(ctx, state);
  // The pod's row goes first when the screen is short: the reasons above already name what it shows.
  const tail = clip(lines.length + table.length <= room ? [...lines.slice(0, 1), ...table, ...lines.slice(1)] : lines, room, width);
  return { head, box, boxRows: Math.max(0, Math.min(box.lines.length, spare - tail.length)), tail };
}

export function fixLines(ctx: ViewContext, state: FixState): Line[] {
  const { head, box, boxRows, tail } = fixLayout(ctx, state);
  const manifest = boxRows > 0 ? [BLANK, ...boxLines(box, boxRows, state.box, ctx.t)] : [];
  return clip([...head, ...manifest, BLANK, ...tail], ctx.height, ctx.width);
}
