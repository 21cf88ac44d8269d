import { describe, expect, it } from 'vitest';
import { continueChoice } from '../../src/ui/state/continue.js';
import type { LastVisited } from '../../src/ui/types.js';
import { LESSONS } from './fixtures.js';

const allDone = LESSONS.map((l) => ({ ...l, done: true }));

describe('continueChoice', () => {
  it.each<[string, LastVisited | undefined, typeof LESSONS, string, object | undefined]>([
    ['back to the last lesson and page', { screen: 'lesson', id: 'probes', page: 'why' }, LESSONS, 'resume', { screen: 'lesson', id: 'probes', page: 'why' }],
    ['back to a lesson even when it is done', { screen: 'lesson', id: 'pod-basics' }, LESSONS, 'resume', { screen: 'lesson', id: 'pod-basics' }],
    ['back to another screen', { screen: 'progress' }, LESSONS, 'resume', { screen: 'progress' }],
    ['without a last visit: the first lesson not done', undefined, LESSONS, 'next', { screen: 'lesson', id: 'pod-phases' }],
    ['a removed lesson: the first lesson not done', { screen: 'lesson', id: 'gone' }, LESSONS, 'next', { screen: 'lesson', id: 'pod-phases' }],
    ['a screen this build does not know: the first lesson not done', { screen: 'galaxy' }, LESSONS, 'next', { screen: 'lesson', id: 'pod-phases' }],
    ['the home screen does not count', { screen: 'home' }, LESSONS, 'next', { screen: 'lesson', id: 'pod-phases' }],
    ['every lesson done and no last visit', undefined, allDone, 'allDone', undefined],
    ['no lessons at all', undefined, [], 'noLessons', undefined],
  ])('%s', (_name, lastVisited, lessons, kind, target) => {
    const choice = continueChoice(lastVisited, lessons);
    expect(choice.kind).toBe(kind);
    expect('target' in choice ? choice.target : undefined).toEqual(target);
  });
});
