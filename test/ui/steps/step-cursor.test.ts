import { describe, expect, it } from 'vitest';
import { cursorAfter } from '../../../src/ui/state/step-cursor.js';
import type { StepCommand } from '../../../src/ui/step-keys.js';
import type { Frame, Timeline } from '../../../src/ui/steps/types.js';

/** Frames every second from 0 to 20 s, changes at 3 s and 12 s, the prediction at 10 s. */
const frames: Frame[] = Array.from({ length: 21 }, (_, i) => ({ t: i * 1000, row: undefined, events: [], isChange: i === 3 || i === 12 }));
const timeline: Timeline = { pod: 'web', at: 10_000, frames, atIndex: 10 };

describe('cursorAfter', () => {
  it.each<[StepCommand, number, number]>([
    ['nextChange', 0, 3],
    ['nextChange', 3, 10],
    ['nextChange', 10, 12],
    ['nextChange', 12, 20],
    ['nextChange', 20, 20],
    ['prevChange', 20, 12],
    ['prevChange', 11, 10],
    ['prevChange', 3, 0],
    ['prevChange', 0, 0],
    ['forward10', 5, 15],
    ['forward10', 15, 20],
    ['back10', 15, 5],
    ['back10', 4, 0],
    ['forward1', 5, 6],
    ['back1', 5, 4],
    ['first', 7, 0],
    ['last', 7, 20],
    ['toAt', 17, 10],
    ['edit', 7, 7],
  ])('%s from %i goes to %i', (command, from, to) => {
    expect(cursorAfter(timeline, from, command)).toBe(to);
  });
});
