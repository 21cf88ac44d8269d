import { describe, expect, it } from 'vitest';
import { initialList, keepVisible, reduceList, type ListMove, type ListView } from '../../src/ui/state/list-state.js';

// H = header (not selectable), x = item. Rows: 0 H, 1 x, 2 x, 3 H, 4 x, 5 x, 6 x, 7 H, 8 x
const rows = (pattern: string): boolean[] => [...pattern].map((c) => c === 'x');
const GROUPED: ListView = { selectable: rows('HxxHxxxHx'), height: 4 };
const FLAT: ListView = { selectable: rows('xxxxx'), height: 10 };

describe('reduceList moves', () => {
  it.each<[string, ListView, number, number, ListMove, number]>([
    ['down to the next item', FLAT, 0, 0, 'down', 1],
    ['down stays on the last item', FLAT, 4, 0, 'down', 4],
    ['up stays on the first item', FLAT, 0, 0, 'up', 0],
    ['down skips a header', GROUPED, 2, 0, 'down', 4],
    ['up skips a header', GROUPED, 4, 1, 'up', 2],
    ['up does not land on the first header', GROUPED, 1, 0, 'up', 1],
    ['first is the first item, not the header', GROUPED, 6, 3, 'first', 1],
    ['last is the last item', GROUPED, 1, 0, 'last', 8],
    ['page down moves by a page less one', GROUPED, 1, 0, 'pageDown', 4],
    ['page down lands on an item before a header', GROUPED, 4, 1, 'pageDown', 6],
    ['page up goes back a page', GROUPED, 8, 5, 'pageUp', 5],
    ['page up stops at the first item', GROUPED, 2, 0, 'pageUp', 1],
  ])('%s', (_name, view, selected, offset, move, expected) => {
    expect(reduceList({ selected, offset }, { type: 'move', move, view }).selected).toBe(expected);
  });

  it('returns the same state when nothing moves', () => {
    const state = { selected: 4, offset: 0 };
    expect(reduceList(state, { type: 'move', move: 'down', view: FLAT })).toBe(state);
  });

  it('ignores selecting a header', () => {
    const state = { selected: 1, offset: 0 };
    expect(reduceList(state, { type: 'select', row: 3, view: GROUPED })).toBe(state);
  });
});

describe('scrolling keeps the selection visible', () => {
  it.each<[string, number, number, ListView, number]>([
    ['no scroll while the selection is on screen', 0, 2, GROUPED, 0],
    ['scrolls down just enough', 0, 5, GROUPED, 2],
    ['shows the header right above the selection', 5, 4, GROUPED, 3],
    ['scrolls up to the selection', 4, 1, GROUPED, 0],
    ['never scrolls past the end', 9, 8, GROUPED, 5],
    ['a list shorter than the screen never scrolls', 3, 4, FLAT, 0],
    ['a one-line view shows just the selection', 0, 4, { selectable: GROUPED.selectable, height: 1 }, 4],
  ])('%s', (_name, offset, selected, view, expected) => {
    expect(keepVisible(offset, selected, view)).toBe(expected);
  });

  it('moving down through a long list keeps the selection inside the window', () => {
    let state = initialList(GROUPED);
    for (let i = 0; i < 6; i += 1) {
      state = reduceList(state, { type: 'move', move: 'down', view: GROUPED });
      expect(state.selected).toBeGreaterThanOrEqual(state.offset);
      expect(state.selected).toBeLessThan(state.offset + GROUPED.height);
    }
    expect(state.selected).toBe(8);
  });
});

describe('initialList', () => {
  it.each<[string, number | undefined, number, number]>([
    ['selects the first item, past a header', undefined, 1, 0],
    ['selects the asked row and scrolls to it', 8, 8, 5],
    ['falls back to the first item for a header row', 3, 1, 0],
    ['falls back to the first item for a row out of range', 42, 1, 0],
  ])('%s', (_name, row, selected, offset) => {
    expect(initialList(GROUPED, row)).toEqual({ selected, offset });
  });
});
