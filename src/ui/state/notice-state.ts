/**
 * Which notices the overlay puts up. The caller may pass a longer list later (problems found
 * while the lessons load); only notices not put up before open the overlay, so a notice the
 * learner has already dismissed never comes back.
 */
import type { Notice } from '../types.js';
import type { NavState } from './nav-state.js';

export interface NoticeState {
  /** What the notices overlay shows while it is up. */
  readonly notices: readonly Notice[];
  /** Every notice put up so far, by `noticeKey`. */
  readonly shownNotices: readonly string[];
}

/** Two notices with the same text in every language are the same notice. */
export function noticeKey(notice: Notice): string {
  return typeof notice === 'string' ? notice : JSON.stringify([notice.en, notice.ko]);
}

/** Does `notices` hold one not put up yet? */
export function hasNewNotices(state: NoticeState, notices: readonly Notice[]): boolean {
  return notices.some((n) => !state.shownNotices.includes(noticeKey(n)));
}

/**
 * Puts up the notices not shown before, above any screen or help; those already on the
 * overlay stay with them. Unchanged when there is nothing new.
 */
export function putUpNotices<S extends NavState & NoticeState>(state: S, notices: readonly Notice[]): S {
  const fresh: Notice[] = [];
  const keys = [...state.shownNotices];
  for (const notice of notices) {
    const key = noticeKey(notice);
    if (keys.includes(key)) continue;
    keys.push(key);
    fresh.push(notice);
  }
  if (fresh.length === 0) return state;
  const kept = state.overlay === 'notices' ? state.notices : [];
  return { ...state, overlay: 'notices', notices: [...kept, ...fresh], shownNotices: keys };
}
