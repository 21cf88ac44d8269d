/**
 * A predict step after it ran: right or wrong, then the timeline at the moment the learner has
 * scrubbed to, with the predicted time marked: the `kubectl get pods` row then, and the events
 * so far. Events give way first when the screen is short, then the explanation.
 */
import { assertNever } from '../../util/assert-never.js';
import type { PredictState } from '../state/step-state.js';
import type { Frame, Observation, Timeline, Verdict } from '../steps/types.js';
import { pick, truncate, widthOf } from '../text.js';
import type { ViewContext } from './context.js';
import { BLANK, clip, indented, line, type Line, type Span } from './line.js';
import { eventLines, formatT, podTable, stepTitle } from './step-parts.js';

/** Events shown at least, when there are that many, before the explanation takes room. */
const MIN_EVENTS = 3;

/** The timeline from 0 to its end: done so far, the moment on show (●), the predicted time (┃). */
export function barLine(width: number, timeline: Timeline, cursor: number): Line {
  const end = timeline.frames[timeline.frames.length - 1]?.t ?? 0;
  const now = timeline.frames[cursor]?.t ?? 0;
  const left = ' 0s ';
  const right = ' ' + formatT(end);
  const cells = Math.max(2, width - widthOf(left) - widthOf(right) - 1);
  const cellOf = (t: number) => (end > 0 ? Math.round((t / end) * (cells - 1)) : 0);
  const nowCell = cellOf(now);
  const atCell = cellOf(timeline.at);
  const spans: Span[] = [{ text: left, tone: 'dim' }];
  for (let i = 0; i < cells; i++) {
    if (i === nowCell) spans.push({ text: '●', tone: 'selected' });
    else if (i === atCell) spans.push({ text: '┃', tone: 'warn' });
    else spans.push(i < nowCell ? { text: '━', tone: 'accent' } : { text: '─', tone: 'dim' });
  }
  return [...spans, { text: right, tone: 'dim' }];
}

function verdictLines(ctx: ViewContext, verdict: Verdict, at: string): Line[] {
  const column = verdict.ask.toUpperCase();
  const vars = { at, column, actual: verdict.actual, predicted: verdict.predicted };
  return indented(ctx.t(verdict.isRight ? 'predict.right' : 'predict.wrong', vars), ctx.width, 1, verdict.isRight ? 'good' : 'warn');
}

/** The row and the events at one frame; `room` lines for the events, their header included. */
function frameLines(ctx: ViewContext, timeline: Timeline, frame: Frame, room: number): Line[] {
  const { t, width } = ctx;
  const table = frame.row ? podTable([frame.row], width) : indented(t('timeline.noPod', { pod: timeline.pod }), width, 1, 'dim');
  const header = indented(t('timeline.events', { t: formatT(frame.t) }), width, 1, 'accent');
  if (frame.events.length === 0) return [...table, BLANK, ...header, ...indented(t('timeline.noEvents'), width, 2, 'dim')];
  const fits = Math.max(1, room - header.length);
  const isCut = frame.events.length > fits;
  const shown = frame.events.slice(Math.max(0, frame.events.length - (isCut ? fits - 1 : fits)));
  const earlier = isCut ? [line(truncate(`  ${t('timeline.earlier', { n: frame.events.length - shown.length })}`, width), 'dim')] : [];
  return [...table, BLANK, ...header, ...earlier, ...eventLines(shown, width)];
}

function playedLines(ctx: ViewContext, state: PredictState, timeline: Timeline, verdict: Verdict): Line[] {
  const { t, lang, width, height } = ctx;
  const frame = timeline.frames[state.cursor] ?? timeline.frames[0];
  if (!frame) return [];
  const at = formatT(timeline.at);
  const now = frame.t === timeline.at ? t('timeline.nowAt', { t: formatT(frame.t) }) : t('timeline.now', { t: formatT(frame.t) }) + '   ' + t('timeline.mark', { at });
  const top = [stepTitle(ctx, t('reader.predict')), ...verdictLines(ctx, verdict, at)];
  const scrub = [BLANK, barLine(width, timeline, state.cursor), line(truncate(' ' + now, width), 'dim'), BLANK];
  const tableHeight = frame.row ? 2 : 1;
  const explanation = state.step.explanation ? indented(pick(state.step.explanation, lang), width, 1) : [];
  // The header of the events, a blank, and a few events are kept before the explanation.
  const fixed = top.length + scrub.length + tableHeight + 2;
  const wanted = Math.min(MIN_EVENTS, Math.max(1, frame.events.length));
  const explain = clip(explanation, Math.max(0, height - fixed - wanted), width);
  const room = height - fixed - explain.length + 1;
  return clip([...top, ...explain, ...scrub, ...frameLines(ctx, timeline, frame, room)], height, width);
}

export function observeLines(ctx: ViewContext, state: PredictState, observation: Observation): Line[] {
  const { t, width, height } = ctx;
  const title = stepTitle(ctx, t('reader.predict'));
  switch (observation.kind) {
    case 'played':
      return playedLines(ctx, state, observation.timeline, observation.verdict);
    case 'noPod':
      return [title, BLANK, ...indented(t('predict.noPod'), width, 1, 'warn')];
    case 'crashed':
      return clip([title, BLANK, ...indented(t('step.crashed', { detail: observation.detail }), width, 1, 'warn')], height, width);
    case 'refused': {
      const problems = observation.problems.flatMap((p) => indented(t('fix.problem', { line: p.line, detail: p.detail }), width, 3));
      return clip([title, BLANK, ...indented(t('predict.refused'), width, 1, 'warn'), ...problems], height, width);
    }
    default:
      return assertNever(observation);
  }
}
