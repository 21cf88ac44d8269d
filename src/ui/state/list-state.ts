/**
 * Selection and scrolling of a list whose rows may include headers that cannot be selected
 * (module names in the lessons list). Pure: the view passes the rows and the visible height.
 */
import { assertNever } from '../../util/assert-never.js';

/** The selected row and the first visible row. */
export interface ListState {
  readonly selected: number;
  readonly offset: number;
}

/** What the list looks like right now. */
export interface ListView {
  /** One flag per row: can it be selected? */
  readonly selectable: readonly boolean[];
  /** Rows that fit on screen. */
  readonly height: number;
}

export type ListMove = 'up' | 'down' | 'first' | 'last' | 'pageUp' | 'pageDown';

export type ListAction =
  | { readonly type: 'move'; readonly move: ListMove; readonly view: ListView }
  | { readonly type: 'select'; readonly row: number; readonly view: ListView };

export const EMPTY_LIST: ListState = { selected: 0, offset: 0 };

/** The nearest selectable row from `from`, stepping by `step`; undefined when there is none. */
function seek(view: ListView, from: number, step: 1 | -1): number | undefined {
  for (let row = from; row >= 0 && row < view.selectable.length; row += step) {
    if (view.selectable[row]) return row;
  }
  return undefined;
}

/**
 * The first visible row that keeps `selected` on screen, moving as little as possible from
 * `offset`. A header right above the selection is shown with it.
 */
export function keepVisible(offset: number, selected: number, view: ListView): number {
  const height = Math.max(1, view.height);
  const total = view.selectable.length;
  const top = selected > 0 && !view.selectable[selected - 1] && height > 1 ? selected - 1 : selected;
  let start = Math.min(offset, top);
  if (selected >= start + height) start = selected - height + 1;
  return Math.max(0, Math.min(start, total - height));
}

/** Where a move lands, or the current row when it cannot move. */
function target(state: ListState, move: ListMove, view: ListView): number {
  const last = view.selectable.length - 1;
  const page = Math.max(1, view.height - 1);
  switch (move) {
    case 'up':
      return seek(view, state.selected - 1, -1) ?? state.selected;
    case 'down':
      return seek(view, state.selected + 1, 1) ?? state.selected;
    case 'first':
      return seek(view, 0, 1) ?? state.selected;
    case 'last':
      return seek(view, last, -1) ?? state.selected;
    case 'pageUp':
      return seek(view, Math.max(0, state.selected - page), 1) ?? state.selected;
    case 'pageDown':
      return seek(view, Math.min(last, state.selected + page), -1) ?? state.selected;
    default:
      return assertNever(move);
  }
}

/** A list with `row` selected (or the first selectable row) and scrolled to show it. */
export function initialList(view: ListView, row?: number): ListState {
  const wanted = row !== undefined && view.selectable[row] ? row : seek(view, 0, 1) ?? 0;
  return { selected: wanted, offset: keepVisible(0, wanted, view) };
}

export function reduceList(state: ListState, action: ListAction): ListState {
  const { view } = action;
  const row = action.type === 'move' ? target(state, action.move, view) : action.row;
  if (!view.selectable[row]) return state;
  const offset = keepVisible(state.offset, row, view);
  return row === state.selected && offset === state.offset ? state : { selected: row, offset };
}
