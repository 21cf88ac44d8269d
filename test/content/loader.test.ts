import { chmod, mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  findLessonFile, loadContent, loadLessonFile, MAX_CONTENT_BYTES, packSource, shippedSource, type Question,
} from '../../src/content/index.js';
import { LESSON, loadPack, makePack, QUESTION, removePacks } from './helpers.js';

afterAll(removePacks);

const at = (e: { line: number; col: number; code: string }) => `${e.line}:${e.col} ${e.code}`;

describe('text', () => {
  it('normalizes every string to NFC', async () => {
    const nfd = '파드'.normalize('NFD');
    expect(nfd).not.toBe('파드');
    const { content } = await loadPack({ 'q.yaml': QUESTION.replace('ko: 어느 것일까요?', `ko: ${nfd}`) });
    expect(content.errors).toEqual([]);
    expect(content.questions[0].prompt.ko).toBe('파드');
  });

  it('decodes a question into typed data', async () => {
    const { content } = await loadPack({ 'q.yaml': QUESTION });
    const expected: Question = {
      type: 'single', id: 'q-one', topic: 'pod-basics', syllabus: 'A1', difficulty: 1, exams: ['CKA'],
      prompt: { en: 'Which one?', ko: '어느 것일까요?' }, explanation: { en: 'Because.', ko: '그래서입니다.' },
      choices: [
        { id: 'a', text: { en: 'A', ko: '가' }, why: { en: 'Yes.', ko: '네.' } },
        { id: 'b', text: { en: 'B', ko: '나' }, why: { en: 'No.', ko: '아니요.' } },
      ],
      answer: 'a',
    };
    expect(content.questions).toEqual([expected]);
  });

  it('counts missing translations', async () => {
    const text = QUESTION.replace('ko: 어느 것일까요?', 'ko: ""').replace('{en: B, ko: 나}', '{en: B}');
    const { content } = await loadPack({ 'q.yaml': text });
    expect(content.stats.missingTranslations).toBe(2);
    expect(content.errors.map(at)).toEqual(['10:34 missing-translation', '14:23 missing-translation']);
  });

  it('locates loaded objects and their fields', async () => {
    const { dir, content } = await loadPack({ 'q.yaml': QUESTION });
    const [question] = content.questions;
    expect(content.locate(question, 'answer')).toEqual({ file: join(dir, 'q.yaml'), line: 15, col: 13 });
    expect(content.locate(question)?.line).toBe(4);
  });
});

describe('files that cannot be loaded', () => {
  it('refuses a file over 10 MB by its size, before reading it', async () => {
    const dir = await makePack({ 'big.yaml': '' });
    // A sparse file of NUL bytes: reading it would give a YAML error, not a size error.
    await truncate(join(dir, 'big.yaml'), MAX_CONTENT_BYTES + 1);
    const content = await loadContent([packSource(dir)]);
    expect(content.errors.map(at)).toEqual(['1:1 too-large']);
    expect(content.errors[0].message).toContain('10.0 MB');
  });

  it('stops an alias bomb cleanly and loads the other files', async () => {
    const bomb = 'format: 1\nkind: questions\na: &a [x, x, x, x, x, x, x, x, x, x]\n' +
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n' +
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nquestions: *e\n';
    const { content } = await loadPack({ 'bomb.yaml': bomb, 'good.yaml': QUESTION });
    expect(content.errors.map(at)).toEqual(['4:8 alias-bomb']);
    expect(content.questions.map((q) => q.id)).toEqual(['q-one']);
  });

  it('reports an unreadable file (a dangling link) and loads the rest', async () => {
    const dir = await makePack({ 'quizzes/good.yaml': QUESTION });
    await symlink(join(dir, 'nowhere.yaml'), join(dir, 'quizzes', 'broken.yaml'));
    const content = await loadContent([packSource(dir)]);
    expect(content.errors.map((e) => [e.file, at(e)])).toEqual([[join(dir, 'quizzes', 'broken.yaml'), '1:1 unreadable']]);
    expect(content.errors[0].message).toContain('ENOENT');
    expect(content.questions).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission', async () => {
    const dir = await makePack({ 'q.yaml': QUESTION });
    await chmod(join(dir, 'q.yaml'), 0o000);
    const content = await loadContent([packSource(dir)]);
    expect(content.errors.map(at)).toEqual(['1:1 unreadable']);
  });

  it('reports text that is not UTF-8', async () => {
    const { content } = await loadPack({ 'q.yaml': new Uint8Array([0x66, 0x6f, 0x72, 0xff, 0xfe, 0x0a]) });
    expect(content.errors.map(at)).toEqual(['1:1 not-utf8']);
  });

  it('reports a pack folder that does not exist', async () => {
    const dir = await makePack({});
    const content = await loadContent([packSource(join(dir, 'missing'))]);
    expect(content.errors.map((e) => [e.file, at(e)])).toEqual([[join(dir, 'missing'), '1:1 folder-missing']]);
  });
});

describe('packs', () => {
  it('keeps loading when one file of a pack is broken', async () => {
    const { content } = await loadPack({
      'lessons/demo.yaml': LESSON,
      'quizzes/broken.yaml': QUESTION.replace('id: q-one', 'id: q-two').replace('    answer: a', '    answer: [a'),
      'quizzes/nested/good.yaml': QUESTION,
    });
    expect(content.errors.every((e) => e.file.endsWith('broken.yaml'))).toBe(true);
    expect(content.errors.length).toBeGreaterThan(0);
    expect(content.lessons.map((l) => l.id)).toEqual(['demo']);
    expect(content.questions.map((q) => q.id)).toEqual(['q-one']);
  });

  it('keeps the good questions of a file whose other questions are broken', async () => {
    const second = QUESTION.split('questions:\n')[1].replace('id: q-one', 'id: q-two').replace('difficulty: 1', 'difficulty: 9');
    const { content } = await loadPack({ 'q.yaml': QUESTION + second });
    expect(content.errors.map(at)).toEqual(['20:17 bad-value']);
    expect(content.questions.map((q) => q.id)).toEqual(['q-one']);
  });

  it('reads YAML files placed directly in the pack folder', async () => {
    const { content } = await loadPack({ 'demo.yaml': LESSON, 'q.yaml': QUESTION, 'notes.txt': 'not content' });
    expect(content.errors).toEqual([]);
    expect(content.stats).toMatchObject({ files: 2, lessons: 1, questions: 1 });
  });

  it('resolves references into the context but reports only the pack', async () => {
    const linked = QUESTION.replace('    answer: a\n', '    answer: a\n    lesson: pod-basics#manifest\n');
    const dir = await makePack({ 'q.yaml': linked, 'dup.yaml': QUESTION.replace('id: q-one', 'id: pod-basics-localhost') });
    const alone = await loadContent([packSource(dir)]);
    expect(alone.errors.map(at)).toEqual(['16:13 dangling-ref']);
    const inContext = await loadContent([packSource(dir)], { context: [shippedSource()] });
    expect(inContext.errors.map((e) => [e.file.slice(dir.length + 1), at(e)])).toEqual([['dup.yaml', '4:9 duplicate-id']]);
    expect(inContext.stats.lessons).toBe(0);
    expect(inContext.questions.map((q) => q.id)).toEqual(['q-one']);
  });
});

describe('one lesson at a time', () => {
  it('loads a single lesson file without the others', async () => {
    const path = await findLessonFile([shippedSource()], 'pod-basics');
    expect(path).toMatch(/lessons[\\/]pod-basics\.yaml$/);
    const { lesson, errors } = await loadLessonFile(path!);
    expect(errors).toEqual([]);
    expect(lesson?.id).toBe('pod-basics');
    expect(lesson?.pages[0].body[0].kind).toBe('text');
  });

  it('gives errors and no lesson for a broken lesson file', async () => {
    const dir = await makePack({ 'lessons/demo.yaml': LESSON.replace('minutes: 5', 'minutes: soon') });
    const { lesson, errors } = await loadLessonFile(join(dir, 'lessons', 'demo.yaml'));
    expect(lesson).toBeUndefined();
    expect(errors.map(at)).toEqual(['6:10 wrong-type']);
  });

  it('reports a path that is not a regular file', async () => {
    const dir = await makePack({});
    await mkdir(join(dir, 'lesson.yaml'));
    const { errors } = await loadLessonFile(join(dir, 'lesson.yaml'));
    expect(errors.map(at)).toEqual(['1:1 unreadable']);
  });

  it('finds no file for an id that is not a lesson id', async () => {
    const dir = await makePack({ 'lessons/demo.yaml': LESSON });
    await writeFile(join(dir, 'lessons', 'x.yaml'), LESSON);
    expect(await findLessonFile([packSource(dir)], '../lessons/demo')).toBeUndefined();
    expect(await findLessonFile([packSource(dir)], 'nothing')).toBeUndefined();
  });
});
