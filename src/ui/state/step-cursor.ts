/**
 * Scrubbing a played timeline: from change to change (the predicted time, the start and the end
 * count as stops too), by 10 s or 1 s, to either end, or to the predicted time.
 */
import type { StepCommand } from '../step-keys.js';
import type { Timeline } from '../steps/types.js';
import type { PredictState } from './step-state.js';

/** The frames ← and → stop at, in order. */
function stops(timeline: Timeline): number[] {
  const last = timeline.frames.length - 1;
  return timeline.frames.flatMap((f, i) => (f.isChange || i === 0 || i === last || i === timeline.atIndex ? [i] : []));
}

/** The last frame at or before `t`, or the first at or after it. */
function frameNear(timeline: Timeline, t: number, isForward: boolean): number {
  const { frames } = timeline;
  if (isForward) {
    const i = frames.findIndex((f) => f.t >= t);
    return i < 0 ? frames.length - 1 : i;
  }
  for (let i = frames.length - 1; i >= 0; i--) if ((frames[i]?.t ?? 0) <= t) return i;
  return 0;
}

/** The frame a command moves to from `cursor`; `cursor` itself when it means nothing here. */
export function cursorAfter(timeline: Timeline, cursor: number, command: StepCommand): number {
  const now = timeline.frames[cursor]?.t ?? 0;
  switch (command) {
    case 'prevChange':
      return stops(timeline).filter((i) => i < cursor).pop() ?? cursor;
    case 'nextChange':
      return stops(timeline).find((i) => i > cursor) ?? cursor;
    case 'back10':
      return frameNear(timeline, now - 10_000, false);
    case 'forward10':
      return frameNear(timeline, now + 10_000, true);
    case 'back1':
      return frameNear(timeline, now - 1000, false);
    case 'forward1':
      return frameNear(timeline, now + 1000, true);
    case 'first':
      return 0;
    case 'last':
      return timeline.frames.length - 1;
    case 'toAt':
      return timeline.atIndex;
    default:
      return cursor;
  }
}

/** A key on a played prediction. */
export function moveCursor(step: PredictState, command: StepCommand): PredictState {
  if (step.observation?.kind !== 'played') return step;
  const cursor = cursorAfter(step.observation.timeline, step.cursor, command);
  return cursor === step.cursor ? step : { ...step, cursor };
}
