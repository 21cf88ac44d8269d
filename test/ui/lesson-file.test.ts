import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import { readLessonFile } from '../../src/commands/lesson-summaries.js';

// The loader the app is wired to: one lesson's file, found by name, with the others unread.
// Every file the content loader opens is noted (it reads through fs/promises `open`).
const { opened } = vi.hoisted(() => ({ opened: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = (path, ...rest) => {
    opened.push(String(path));
    return fs.open(path, ...rest);
  };
  return { ...fs, default: { ...fs, open }, open };
});
beforeEach(() => {
  opened.length = 0;
});

let pack: string;
beforeAll(() => {
  pack = mkdtempSync(join(tmpdir(), 'podlab-pack-'));
  mkdirSync(join(pack, 'lessons'));
  writeFileSync(join(pack, 'lessons', 'pack-lesson.yaml'), [
    'format: 1', 'kind: lesson', 'id: pack-lesson', 'module: A', 'syllabus: [A1]', 'minutes: 5',
    'title: {en: A pack lesson, ko: 팩 레슨}', 'summary: {en: From a pack., ko: 팩에서 온 레슨.}',
    'pages:', '  - id: only', '    title: {en: Only page, ko: 유일한 쪽}',
    '    body:', '      - text: {en: Hello., ko: 안녕하세요.}', 'checkpoint: []', '',
  ].join('\n'));
  // A sibling that any parse of the whole pack would report.
  writeFileSync(join(pack, 'lessons', 'broken-sibling.yaml'), 'format: 1\nkind: lesson\nid: [unclosed\n');
  writeFileSync(join(pack, 'lessons', 'pack-broken.yaml'), 'format: 1\nkind: lesson\nid: pack-broken\n');
});
afterAll(() => rmSync(pack, { recursive: true, force: true }));

const ctx = (): CommandContext => ({ lang: 'en', contentDirs: [pack], cwd: pack } as unknown as CommandContext);

describe('readLessonFile', () => {
  it('reads the lesson asked for, and nothing of its broken sibling', async () => {
    const read = await readLessonFile(ctx(), 'pack-lesson');
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && read.lesson.pages.map((p) => p.id)).toEqual(['only']);
    expect(opened).toEqual([join(pack, 'lessons', 'pack-lesson.yaml')]);
  });

  it('reads a shipped lesson too', async () => {
    const read = await readLessonFile(ctx(), 'pod-basics');
    expect(read.kind === 'ok' && read.lesson.title.en).toBe('What a Pod is');
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/lessons[/\\]pod-basics\.yaml$/);
  });

  it('says when there is no such file', async () => {
    expect(await readLessonFile(ctx(), 'no-such-lesson')).toEqual({ kind: 'missing' });
  });

  it('words the problems of a broken file as file:line:col: message', async () => {
    const read = await readLessonFile(ctx(), 'pack-broken');
    expect(read.kind).toBe('broken');
    const problems = read.kind === 'broken' ? read.problems : [];
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/^lessons\/pack-broken\.yaml:\d+:\d+: ./);
  });
});
