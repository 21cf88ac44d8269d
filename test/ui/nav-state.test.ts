import { describe, expect, it } from 'vitest';
import { EMPTY_LIST } from '../../src/ui/state/list-state.js';
import { reduceNav, type NavAction, type NavState, type Overlay } from '../../src/ui/state/nav-state.js';
import type { ScreenId } from '../../src/ui/types.js';

const entry = (screen: ScreenId) => ({ target: { screen }, list: EMPTY_LIST });
const nav = (screens: ScreenId[], overlay: Overlay = 'none'): NavState => ({
  stack: screens.map(entry),
  overlay,
  isDone: false,
});
const screens = (s: NavState) => s.stack.map((e) => e.target.screen);

describe('reduceNav', () => {
  it.each<[string, NavState, NavAction, ScreenId[], Overlay, boolean]>([
    ['push adds screens on top', nav(['home']), { type: 'push', entries: [entry('lessons'), entry('lesson')] }, ['home', 'lessons', 'lesson'], 'none', false],
    ['push closes the help', nav(['home'], 'help'), { type: 'push', entries: [entry('quiz')] }, ['home', 'quiz'], 'none', false],
    ['back pops', nav(['home', 'lessons']), { type: 'back' }, ['home'], 'none', false],
    ['back on home does nothing', nav(['home']), { type: 'back' }, ['home'], 'none', false],
    ['leave pops', nav(['home', 'lessons', 'lesson']), { type: 'leave' }, ['home', 'lessons'], 'none', false],
    ['leave on home quits', nav(['home']), { type: 'leave' }, ['home'], 'none', true],
    ['quit from anywhere', nav(['home', 'settings']), { type: 'quit' }, ['home', 'settings'], 'none', true],
    ['toggleHelp opens the help', nav(['home', 'lab']), { type: 'toggleHelp' }, ['home', 'lab'], 'help', false],
    ['toggleHelp closes the help', nav(['home'], 'help'), { type: 'toggleHelp' }, ['home'], 'none', false],
    ['toggleHelp leaves the notices up', nav(['home'], 'notices'), { type: 'toggleHelp' }, ['home'], 'notices', false],
    ['closeOverlay closes the notices', nav(['home'], 'notices'), { type: 'closeOverlay' }, ['home'], 'none', false],
  ])('%s', (_name, state, action, stack, overlay, isDone) => {
    const next = reduceNav(state, action);
    expect(screens(next)).toEqual(stack);
    expect(next.overlay).toBe(overlay);
    expect(next.isDone).toBe(isDone);
  });

  it('setList changes only the top entry', () => {
    const state = nav(['home', 'lessons']);
    const next = reduceNav(state, { type: 'setList', list: { selected: 3, offset: 1 } });
    expect(next.stack[1]?.list).toEqual({ selected: 3, offset: 1 });
    expect(next.stack[0]).toBe(state.stack[0]);
  });

  it('ignores everything once done', () => {
    const done = { ...nav(['home', 'lessons']), isDone: true };
    expect(reduceNav(done, { type: 'back' })).toBe(done);
  });
});
