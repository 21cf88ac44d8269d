/**
 * Navigation as a screen stack. The home screen is always at the bottom; Esc and q pop, q on
 * the home screen quits. Overlays (help, notices) sit above whatever screen is on top.
 */
import { assertNever } from '../../util/assert-never.js';
import type { ScreenTarget } from '../types.js';
import type { ListState } from './list-state.js';

/** One screen on the stack with its own selection, kept while screens above it come and go. */
export interface Entry {
  readonly target: ScreenTarget;
  readonly list: ListState;
}

export type Overlay = 'none' | 'help' | 'notices';

export interface NavState {
  /** Never empty. */
  readonly stack: readonly Entry[];
  readonly overlay: Overlay;
  /** The learner asked to leave; the shell exits Ink when it sees this. */
  readonly isDone: boolean;
}

export type NavAction =
  | { readonly type: 'push'; readonly entries: readonly Entry[] }
  /** Esc: pop, nothing on the home screen. */
  | { readonly type: 'back' }
  /** q: pop, quit on the home screen. */
  | { readonly type: 'leave' }
  | { readonly type: 'quit' }
  | { readonly type: 'toggleHelp' }
  | { readonly type: 'closeOverlay' }
  /** The top screen's selection moved. */
  | { readonly type: 'setList'; readonly list: ListState };

/** The screen on top of the stack. */
export function topOf(state: NavState): Entry {
  const top = state.stack[state.stack.length - 1];
  if (!top) throw new Error('the screen stack is empty');
  return top;
}

export function reduceNav(state: NavState, action: NavAction): NavState {
  if (state.isDone) return state;
  switch (action.type) {
    case 'push':
      return action.entries.length === 0
        ? state
        : { ...state, stack: [...state.stack, ...action.entries], overlay: 'none' };
    case 'back':
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1), overlay: 'none' } : state;
    case 'leave':
      return state.stack.length > 1 ? reduceNav(state, { type: 'back' }) : { ...state, isDone: true };
    case 'quit':
      return { ...state, isDone: true };
    case 'toggleHelp':
      if (state.overlay === 'notices') return state;
      return { ...state, overlay: state.overlay === 'help' ? 'none' : 'help' };
    case 'closeOverlay':
      return state.overlay === 'none' ? state : { ...state, overlay: 'none' };
    case 'setList': {
      const top = topOf(state);
      if (top.list === action.list) return state;
      return { ...state, stack: [...state.stack.slice(0, -1), { ...top, list: action.list }] };
    }
    default:
      return assertNever(action);
  }
}
