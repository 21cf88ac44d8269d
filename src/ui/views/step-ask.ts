/**
 * A predict step before it runs: the task, the manifest, and the prediction being typed, with
 * the common STATUS values offered by number. The reducer measures the manifest's window here.
 */
import { pick, padEnd, widthOf } from '../text.js';
import type { PredictState } from '../state/step-state.js';
import { choiceKey, STATUS_CHOICES } from '../steps/prediction.js';
import type { BoxContent } from './code-box.js';
import type { ViewContext } from './context.js';
import { BLANK, clip, indented, type Line } from './line.js';
import { boxLines, formatT, manifestBox, stepTitle } from './step-parts.js';

/** The lines around the manifest, and how many of its lines show. */
export interface AskLayout {
  readonly head: readonly Line[];
  readonly box: BoxContent;
  /** 0 when there is no room for the box at all. */
  readonly boxRows: number;
  readonly tail: readonly Line[];
}

/** The STATUS choices in columns, numbered down each column; `›` marks the one picked. */
function choiceGrid(ctx: ViewContext, selected: number | undefined): Line[] {
  const cells = STATUS_CHOICES.map((value, i) => `${choiceKey(i)} ${value}`);
  // Each item is its mark and its cell, one column apart from the next, after a 1-column indent.
  const itemWidth = 1 + Math.max(...cells.map(widthOf));
  const columns = Math.max(1, Math.min(3, Math.floor(ctx.width / (itemWidth + 1))));
  const rows = Math.ceil(cells.length / columns);
  return Array.from({ length: rows }, (_, r): Line => {
    const items = Array.from({ length: columns }, (_, c) => r + c * rows).filter((i) => i < cells.length);
    return items.flatMap((i, c) => [
      { text: ' ' },
      { text: (i === selected ? '›' : ' ') + (c === items.length - 1 ? cells[i] ?? '' : padEnd(cells[i] ?? '', itemWidth - 1)), tone: i === selected ? 'selected' as const : undefined },
    ]);
  });
}

function tailLines(ctx: ViewContext, state: PredictState): Line[] {
  const { t, width } = ctx;
  const at = formatT(state.step.at * 1000);
  const isStatus = state.step.ask === 'status';
  const input: Line = [{ text: ' › ', tone: 'accent' }, { text: state.answer, tone: 'selected' }, { text: '▏', tone: 'dim' }];
  const below = state.request
    ? indented(t('predict.running'), width, 1, 'dim')
    : state.problem ? indented(t(`predict.problem.${state.problem}`), width, 1, 'warn') : [];
  return [
    BLANK,
    ...indented(t(`predict.question.${state.step.ask}`, { at }), width, 1, 'accent'),
    ...(isStatus ? [...indented(t('predict.choices'), width, 1, 'dim'), ...choiceGrid(ctx, state.choice)] : []),
    input,
    ...below,
  ];
}

export function askLayout(ctx: ViewContext, state: PredictState): AskLayout {
  const { t, lang, width, height } = ctx;
  const head = [stepTitle(ctx, t('reader.predict')), ...indented(pick(state.step.prompt, lang), width, 1)];
  const tail = tailLines(ctx, state);
  const box = manifestBox(state.step.manifest, 'yaml', width);
  // A blank line and the two borders besides the code.
  const room = height - head.length - tail.length - 3;
  return { head, box, boxRows: room >= 1 ? Math.min(room, box.lines.length) : 0, tail };
}

export function askLines(ctx: ViewContext, state: PredictState): Line[] {
  const { head, box, boxRows, tail } = askLayout(ctx, state);
  const manifest = boxRows > 0 ? [BLANK, ...boxLines(box, boxRows, state.box, ctx.t)] : [];
  // On a very short screen the prompt gives way first: the answer being typed stays in sight.
  const top = clip(head, Math.max(1, ctx.height - tail.length), ctx.width);
  return clip([...top, ...manifest, ...tail], ctx.height, ctx.width);
}
