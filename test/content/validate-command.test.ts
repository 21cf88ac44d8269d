import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import { run } from '../../src/commands/validate.js';
import type { Lang } from '../../src/i18n/index.js';
import { LESSON, makePack, QUESTION, removePacks } from './helpers.js';

afterAll(removePacks);

interface Call {
  readonly positionals?: readonly string[];
  readonly json?: boolean;
  readonly cwd?: string;
  readonly lang?: Lang;
  readonly contentDirs?: readonly string[];
}

async function validate(call: Call = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const ctx: CommandContext = {
    name: 'validate',
    positionals: call.positionals ?? [],
    flags: call.json ? { json: true } : {},
    lang: call.lang ?? 'en',
    isColor: false,
    env: {},
    cwd: call.cwd ?? process.cwd(),
    contentDirs: call.contentDirs ?? [],
    io: {
      out: (text) => void (out += text),
      err: (text) => void (err += text),
      readStdin: async () => '',
      stdin: process.stdin,
      isInteractive: false,
    },
  };
  const code = await run(ctx);
  return { code, out, err };
}

const BROKEN = QUESTION.replace('    answer: a', '    answer: c');

describe('podlab validate', () => {
  it('passes the shipped content: exit 0 and a summary line', async () => {
    const { code, out, err } = await validate();
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^\d+ lessons?, \d+ questions?, \d+ drills?, \d+ labs?, 0 errors\n$/);
  });

  it('prints the JSON of DESIGN.md with every question type counted', async () => {
    const { code, out } = await validate({ json: true });
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['lessons', 'questions', 'byType', 'interview', 'drills', 'labs', 'missingTranslations', 'errors']);
    expect(Object.keys(report.byType)).toEqual(['single', 'multi', 'truefalse', 'order', 'text', 'command', 'yaml', 'predict', 'card']);
    const sum = Object.values(report.byType as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(report.questions);
    expect(report.interview).toBe(report.byType.card);
    expect(report.errors).toEqual([]);
  });

  it('reports a pack with errors: exit 1, file:line:col relative to cwd, a hint, a summary', async () => {
    const dir = await makePack({ 'quizzes/q.yaml': BROKEN });
    const { code, out } = await validate({ positionals: [dir], cwd: dir });
    expect(code).toBe(1);
    expect(out).toBe(
      'quizzes/q.yaml:15:13: answer `c` is not one of the choices (`a`, `b`)\n' +
      '  use the id of a choice, or add the choice\n' +
      '0 lessons, 0 questions, 0 drills, 0 labs, 1 error\n',
    );
  });

  it('gives JSON errors with exactly file, line, col and message', async () => {
    const dir = await makePack({ 'quizzes/q.yaml': BROKEN, 'lessons/demo.yaml': LESSON });
    const { code, out } = await validate({ positionals: [dir], json: true, cwd: join(dir, 'lessons') });
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ lessons: 1, questions: 0 });
    // The lesson's checkpoint names the broken question, so both files have an error.
    expect(report.errors).toEqual([
      { file: 'demo.yaml', line: 17, col: 14, message: 'no question has the id `q-one`' },
      { file: join(dir, 'quizzes', 'q.yaml'), line: 15, col: 13, message: 'answer `c` is not one of the choices (`a`, `b`)' },
    ]);
  });

  it('checks a pack against the shipped content', async () => {
    const linked = QUESTION.replace('    answer: a\n', '    answer: a\n    lesson: pod-basics#traps\n');
    const dir = await makePack({ 'q.yaml': linked });
    const { code, out } = await validate({ positionals: [dir] });
    expect(code).toBe(0);
    expect(out).toBe('0 lessons, 1 question, 0 drills, 0 labs, 0 errors\n');
  });

  it('includes --content packs when no DIR is given', async () => {
    const dir = await makePack({ 'q.yaml': BROKEN });
    const { code, out } = await validate({ contentDirs: [dir], cwd: dir });
    expect(code).toBe(1);
    expect(out).toContain('q.yaml:15:13: ');
  });

  it('speaks Korean', async () => {
    const dir = await makePack({ 'q.yaml': BROKEN });
    const { out } = await validate({ positionals: [dir], cwd: dir, lang: 'ko' });
    expect(out).toBe(
      'q.yaml:15:13: 선택지에 없는 정답 id: `c` (선택지: `a`, `b`)\n' +
      '  선택지의 id를 쓰거나 선택지를 추가하세요\n' +
      '레슨 0개, 문제 0개, 드릴 0개, 랩 0개, 오류 1개\n',
    );
  });

  it.each([
    ['does not exist', 'missing', 'no such directory'],
    ['is a file', 'file.yaml', 'not a directory'],
  ])('exits 2 when DIR %s', async (_, name, says) => {
    const dir = await makePack({});
    await writeFile(join(dir, 'file.yaml'), QUESTION);
    const { code, out, err } = await validate({ positionals: [name], cwd: dir });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`podlab validate: ${name}: ${says}\n`);
  });
});
