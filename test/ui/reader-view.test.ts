import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLessonFile } from '../../src/content/index.js';
import type { Block, Lesson } from '../../src/content/types.js';
import type { Lang } from '../../src/i18n/index.js';
import type { Intent } from '../../src/ui/keys.js';
import { bodyHeight } from '../../src/ui/layout.js';
import { uiText } from '../../src/ui/messages.js';
import { openReader, reduceReader, type ReaderState } from '../../src/ui/state/reader-state.js';
import { lineText } from '../../src/ui/views/line.js';
import { readerLines } from '../../src/ui/views/reader.js';

const LESSONS_DIR = resolve(__dirname, '../../lessons');
const shipped: Lesson[] = [];
beforeAll(async () => {
  for (const file of readdirSync(LESSONS_DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const { lesson } = await loadLessonFile(resolve(LESSONS_DIR, file));
    if (lesson) shipped.push(lesson);
  }
});

/** The reader's body at a size, as text lines. */
function draw(reader: ReaderState, lang: Lang, columns: number, rows: number): string[] {
  const ctx = { lang, t: uiText(lang), width: columns, height: bodyHeight(rows) };
  return readerLines(ctx, reader, { id: reader.id, lessons: [], rows }).map(lineText);
}

const SIZES = [[60, 20], [30, 8], [100, 30]] as const;

describe('every page of every shipped lesson', () => {
  it('the shipped lessons are all there', () => {
    expect(shipped.length).toBe(readdirSync(LESSONS_DIR).filter((f) => f.endsWith('.yaml')).length);
  });

  it.each((['en', 'ko'] as const).flatMap((lang) => SIZES.map(([c, r]) => [lang, c, r] as const)))(
    '%s at %ix%i fills the body exactly and no line is wider than the terminal, scrolled anywhere',
    (lang, columns, rows) => {
      for (const lesson of shipped) {
        let reader = openReader(lesson.id, undefined, { kind: 'ok', lesson });
        const seen = new Set<string>();
        // Every page, scrolled from top to bottom a screen at a time, then a line at a time at the end.
        for (let guard = 0; guard < 500 && !reader.isFinished; guard++) {
          const lines = draw(reader, lang, columns, rows);
          expect(lines.length, `${lesson.id} page ${reader.page}`).toBe(bodyHeight(rows));
          const widest = Math.max(...lines.map((l) => stringWidth(l)));
          expect(widest, `${lesson.id} page ${reader.page}: ${lines.join('\n')}`).toBeLessThanOrEqual(columns);
          const key = `${reader.page} ${reader.scroll} ${reader.boxes.join(',')}`;
          const intent: Intent = seen.has(key) ? 'right' : 'pageDown';
          seen.add(key);
          const next = reduceReader(reader, intent, { lang, columns, rows }).reader;
          reader = next === reader ? reduceReader(reader, 'right', { lang, columns, rows }).reader : next;
        }
        expect(reader.isFinished, lesson.id).toBe(true);
      }
    },
  );
});

const page = (body: Block[]): Lesson => ({
  id: 'blocks', module: 'A', syllabus: ['A1'], minutes: 1, checkpoint: [],
  title: { en: 'Blocks', ko: '블록' }, summary: { en: 'S', ko: '요' },
  pages: [{ id: 'only', title: { en: 'Every block', ko: '모든 블록' }, body }],
});
const show = (body: Block[], lang: Lang, columns = 60) =>
  draw(openReader('blocks', undefined, { kind: 'ok', lesson: page(body) }), lang, columns, 40).join('\n');

describe('blocks', () => {
  it.each<[Lang, string, string]>([['en', 'Myth: ', 'Fact: '], ['ko', '오해: ', '사실: ']])(
    '%s: a trap says which is the myth and which the fact',
    (lang, myth, fact) => {
      const frame = show([{ kind: 'traps', traps: [{ claim: { en: 'Pods move.', ko: 'Pod는 옮겨진다.' }, truth: { en: 'They never do.', ko: '옮겨지지 않는다.' } }] }], lang);
      expect(frame).toContain(myth + (lang === 'en' ? 'Pods move.' : 'Pod는 옮겨진다.'));
      expect(frame).toContain(fact + (lang === 'en' ? 'They never do.' : '옮겨지지 않는다.'));
    },
  );

  it('a kubectl block is a prompt line, its note and its output', () => {
    const frame = show([{ kind: 'kubectl', command: 'kubectl get pods', note: { en: 'Every Pod.', ko: '모든 Pod.' }, output: 'NAME  READY\nweb   1/1\n' }], 'en');
    expect(frame).toMatch(/^ \$ kubectl get pods$/m);
    expect(frame).toMatch(/^ {3}Every Pod\.$/m);
    expect(frame).toMatch(/^ {3}NAME  READY$/m);
  });

  it('a diagram is drawn as written; one wider than the terminal is cut with a marker and a note', () => {
    const art = '+--+\n|  |  ' + 'x'.repeat(70) + '\n+--+';
    const frame = show([{ kind: 'diagram', art: { en: art, ko: art } }], 'en');
    expect(frame).toContain(' +--+\n |  |  xxx');
    expect(frame).toMatch(/x…$/m);
    expect(frame).toContain('The diagram is wider than the terminal');
    expect(show([{ kind: 'diagram', art: { en: '+--+\n|  |\n+--+', ko: '+--+' } }], 'en')).not.toContain('wider');
  });

  it.each<[Lang, string]>([['en', '▶ Enter: try it in the simulator'], ['ko', '▶ Enter: 시뮬레이터에서 직접 해 보기']])(
    '%s: a step shows its task and its manifest, and that Enter runs it',
    (lang, later) => {
      const frame = show([{ kind: 'step', type: 'predict', prompt: { en: 'What does STATUS show?', ko: 'STATUS는?' }, manifest: 'kind: Pod\n', at: 60, ask: 'status', answer: 'CrashLoopBackOff' }], lang);
      expect(frame).toContain(lang === 'en' ? 'What does STATUS show?' : 'STATUS는?');
      expect(frame).toContain('│ kind: Pod');
      expect(frame.replace(/\n\s*/g, ' ')).toContain(later);
      expect(frame).not.toContain('CrashLoopBackOff');
    },
  );

  it('a code block is boxed, with its caption under it; text wraps to the width', () => {
    const frame = show([
      { kind: 'text', text: { en: 'word '.repeat(30).trim(), ko: '' } },
      { kind: 'code', lang: 'yaml', source: 'kind: Pod\n', caption: { en: 'A Pod.', ko: 'Pod.' } },
    ], 'en');
    expect(frame).toMatch(/┌─ yaml ─+┐\n │ kind: Pod +│\n └─+┘\n A Pod\./);
    expect(frame.split('\n').filter((l) => l.includes('word')).length).toBeGreaterThan(1);
  });
});
