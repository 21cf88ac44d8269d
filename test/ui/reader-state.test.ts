import { describe, expect, it } from 'vitest';
import type { Block, Lesson } from '../../src/content/types.js';
import type { Intent } from '../../src/ui/keys.js';
import { openReader, reduceReader, type ReaderEnv, type ReaderState } from '../../src/ui/state/reader-state.js';

const text = (en: string): Block => ({ kind: 'text', text: { en, ko: en } });
const code = (lines: number): Block => ({
  kind: 'code',
  lang: 'yaml',
  source: Array.from({ length: lines }, (_, i) => `key${i + 1}: value`).join('\n'),
});
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => text(`Paragraph ${i + 1}.`));

/**
 * Pages: a short one, one with a 30-line code box and little else, one taller than the screen,
 * and a tall one with that box in its middle.
 */
const LESSON: Lesson = {
  id: 'sample', module: 'A', syllabus: ['A1'], minutes: 5, checkpoint: [],
  title: { en: 'Sample', ko: '예시' }, summary: { en: 'S', ko: '예' },
  pages: [
    { id: 'short', title: { en: 'Short', ko: '짧음' }, body: [text('One line.')] },
    { id: 'box', title: { en: 'Box', ko: '상자' }, body: [text('Above.'), code(30)] },
    { id: 'tall', title: { en: 'Tall', ko: '김' }, body: paragraphs(20) },
    { id: 'mixed', title: { en: 'Mixed', ko: '섞임' }, body: [...paragraphs(10), code(30), ...paragraphs(5)] },
  ],
};

// 60×20: the page shows 14 lines at once; a box shows 10 lines of code.
const ENV: ReaderEnv = { lang: 'en', columns: 60, rows: 20 };
const opened = (wanted?: string | number) => openReader('sample', wanted, { kind: 'ok', lesson: LESSON });
const run = (state: ReaderState, intents: readonly Intent[]) =>
  intents.reduce((s, intent) => reduceReader(s, intent, ENV).reader, state);
const times = (n: number, intent: Intent): Intent[] => Array.from({ length: n }, () => intent);

describe('opening', () => {
  it.each<[string, string | number | undefined, number]>([
    ['no saved place: the first page', undefined, 0],
    ['a saved page id', 'tall', 2],
    ['a saved page number from an older save', 1, 1],
    ['a page id the lesson no longer has', 'gone', 0],
    ['a page number past the end', 7, 0],
  ])('%s', (_name, wanted, page) => {
    expect(opened(wanted).page).toBe(page);
  });

  it('waits for the file, then opens where it was asked to', () => {
    const waiting = openReader('sample', 'box');
    expect(waiting.load).toBeUndefined();
    expect(reduceReader(waiting, 'right', ENV).reader).toBe(waiting);
  });
});

describe('paging', () => {
  it.each<[string, Intent[], number, boolean]>([
    ['right goes to the next page', ['right'], 1, false],
    ['right twice', ['right', 'right'], 2, false],
    ['Enter and Space (open) too', ['open', 'open'], 2, false],
    ['left goes back', ['right', 'right', 'left'], 1, false],
    ['left on the first page stays', ['left'], 0, false],
    ['next on the last page finishes the lesson', times(4, 'right'), 3, true],
    ['left after finishing returns to the last page', [...times(4, 'right'), 'left'], 3, false],
  ])('%s', (_name, intents, page, isFinished) => {
    const state = run(opened(), intents);
    expect(state.page).toBe(page);
    expect(state.isFinished).toBe(isFinished);
  });

  it('reports finishing once, and asks for the next lesson after', () => {
    const last = opened('mixed');
    const finished = reduceReader(last, 'right', ENV);
    expect(finished.outcome).toBe('finished');
    expect(reduceReader(finished.reader, 'open', ENV).outcome).toBe('next');
    expect(reduceReader(finished.reader, 'down', ENV).outcome).toBeUndefined();
  });

  it('a new page starts at its top', () => {
    const scrolled = run(opened('box'), ['down', 'down']);
    expect(run(scrolled, ['right', 'left'])).toMatchObject({ scroll: 0, boxes: [] });
  });
});

describe('scrolling', () => {
  it.each<[string, string, Intent[], number, readonly number[]]>([
    ['down in a code box on screen moves the box, not the page', 'box', ['down', 'down'], 0, [2]],
    ['the box stops at its last line', 'box', times(40, 'down'), 0, [20]],
    ['up moves it back', 'box', [...times(5, 'down'), 'up'], 0, [4]],
    ['PgDn moves the box by its height less one when the page fits', 'box', ['pageDown'], 0, [9]],
    ['a tall page scrolls line by line', 'tall', ['down', 'down', 'down'], 3, []],
    ['and stops at its end', 'tall', times(80, 'down'), 39 - 14, []],
    ['PgDn scrolls it by a screen less one', 'tall', ['pageDown'], 13, []],
    ['End goes to its end, Home to its top', 'tall', ['last', 'first'], 0, []],
    ['up at the top stays', 'tall', ['up'], 0, []],
  ])('%s', (_name, page, intents, scroll, boxes) => {
    const state = run(opened(page), intents);
    expect(state.scroll).toBe(scroll);
    expect(state.boxes).toEqual(boxes);
  });
});

describe('a code box in the middle of a tall page', () => {
  // The box's top border is page line 20 and it is 12 lines tall: whole on screen from scroll 18.
  it.each<[number, number, readonly number[]]>([
    [18, 18, []],
    [19, 18, [1]],
    [38, 18, [20]],
    [39, 19, [20]],
  ])('after %i downs the page is at %i and the box at %j', (downs, scroll, boxes) => {
    const state = run(opened('mixed'), times(downs, 'down'));
    expect(state.scroll).toBe(scroll);
    expect(state.boxes).toEqual(boxes);
  });

  it('going up, the box winds back as soon as it is whole, before the page moves on', () => {
    const down = run(opened('mixed'), times(45, 'down'));
    expect(down).toMatchObject({ scroll: 25, boxes: [20] });
    expect(run(down, times(5, 'up'))).toMatchObject({ scroll: 20, boxes: [20] });
    expect(run(down, times(6, 'up'))).toMatchObject({ scroll: 20, boxes: [19] });
    expect(run(down, times(26, 'up'))).toMatchObject({ scroll: 19, boxes: [0] });
  });

  it('PgDn moves the page past it', () => {
    expect(run(opened('mixed'), ['pageDown', 'pageDown'])).toMatchObject({ scroll: 26, boxes: [] });
  });
});
