import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadContent, shippedSource, type Question } from '../../src/content/index.js';
import { drawItems, filterQuestions, type SessionItem } from '../../src/quiz/index.js';
import { assertNever } from '../../src/util/assert-never.js';
import { CLI, KEYS, startCli, type Session } from './pty.js';

// `podlab quiz` and `podlab interview` from the built CLI: answers piped in line by line, and
// typed in a terminal; each run is checked on screen and in the progress file on disk.

let home: string;
let session: Session | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'podlab-quiz-'));
});
afterEach(() => {
  session?.kill();
  session = undefined;
  rmSync(home, { recursive: true, force: true });
});

function podlab(args: string[], input: string, lang = 'en_US.UTF-8') {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8', input, env: { PATH: process.env.PATH ?? '', HOME: home, PODLAB_HOME: home, LANG: lang },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Progress {
  readonly answers: Record<string, { correct: boolean; at: string; answer: { type: string } }[]>;
  readonly cards: Record<string, { due: string; reps: number; state: number; lapses: number }>;
}
const progress = (): Progress => JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as Progress;

// The questions a seed draws, computed the way the command does, so the test follows the content.
let questions: readonly Question[] = [];
beforeAll(async () => {
  questions = (await loadContent([shippedSource()])).questions;
}, 60_000);
const draw = (topic: string, seed: number, count: number): SessionItem<Question>[] =>
  drawItems(filterQuestions(questions, { topic }), seed, count);

/** What a learner types to answer an item right, or wrong. */
function typed(item: SessionItem<Question>, isRight: boolean): string[] {
  const q = item.question;
  const n = (id: string) => String(item.order.indexOf(id) + 1);
  switch (q.type) {
    case 'single':
      return [isRight ? n(q.answer) : n(item.order.find((id) => id !== q.answer) ?? '')];
    case 'multi':
      return [isRight ? q.answer.map(n).join(',') : n(item.order.find((id) => !q.answer.includes(id)) ?? q.answer[0])];
    case 'truefalse':
      return [String(isRight === q.answer)];
    case 'order':
      return [isRight ? q.answer.map(n).join(' ') : item.order.map((_, i) => i + 1).join(' ')];
    case 'text':
      return [isRight ? String(q.accept[0]) : 'certainly not this'];
    case 'command':
      return [isRight ? q.solution : 'kubectl get nodes'];
    case 'yaml':
      return [...(isRight ? q.solution : q.starter).trimEnd().split('\n'), '.'];
    case 'predict':
      return [isRight ? q.answer : 'certainly not this'];
    case 'card':
      return ['', isRight ? '3' : '1'];
    default:
      return assertNever(q);
  }
}

const MINUTE = 60_000;
const dueIn = (p: Progress, id: string) => Date.parse(p.cards[id].due) - Date.parse(p.answers[id][0].at);

describe('podlab quiz --plain, answers piped in', () => {
  it('grades each line, saves every answer with its card, and sums up', () => {
    const items = draw('pod-basics', 1, 3);
    const [right, wrong, skipped] = items.map((i) => i.question.id);
    const input = [...typed(items[0], true), ...typed(items[1], false), ''].join('\n') + '\n';
    const r = podlab(['quiz', '--plain', '--seed', '1', '--count', '3', '--topic', 'pod-basics'], input);

    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('podlab quiz: 3 question(s), seed 1.');
    expect(r.out).toContain('Question 1 of 3 · pod-basics');
    expect(r.out).toContain('Question 3 of 3 · pod-basics');
    expect(r.out).toContain(items[1].question.explanation.en.split('\n')[0]);
    expect(r.out).toContain('Skipped.');
    expect(r.out).toContain('Score: 1 of 2 right, 1 skipped.');
    expect(r.out).toContain('To review:\n  pod-basics: podlab lesson pod-basics');
    expect(r.out).toContain(`Progress saved to ${join(home, 'progress.json')}.`);

    const p = progress();
    expect(Object.keys(p.answers).sort()).toEqual([right, wrong].sort());
    expect(p.answers[right]).toMatchObject([{ correct: true, answer: { type: items[0].question.type } }]);
    expect(p.answers[wrong]).toMatchObject([{ correct: false, answer: { type: items[1].question.type } }]);
    expect(p.answers[skipped]).toBeUndefined();
    expect(p.cards[skipped]).toBeUndefined();
    // FSRS: a wrong answer (Again) comes back after 1 minute, a right one (Good) after 10.
    expect([p.cards[wrong].reps, dueIn(p, wrong)]).toEqual([1, MINUTE]);
    expect([p.cards[right].reps, dueIn(p, right)]).toEqual([1, 10 * MINUTE]);

    // The missed question is up for review at once; the right one is not due yet.
    const review = podlab(['quiz', '--plain', '--review', '--seed', '2'], 'q\n');
    expect(review.out).toContain('podlab quiz --review: 1 question(s) to review, seed 2.');
    expect(review.out).toContain(items[1].question.prompt.en.split('\n')[0]);
  });

  it('keeps the one answer given before the input ended', () => {
    const items = draw('B4', 5, 3);
    const r = podlab(['quiz', '--plain', '--seed', '5', '--count', '3', '--topic', 'B4'], typed(items[0], true).join('\n'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Stopped after 1 of 3 question(s).');
    expect(r.out).toContain('Score: 1 of 1 right.');
    const p = progress();
    expect(Object.keys(p.answers)).toEqual([items[0].question.id]);
    expect(Object.keys(p.cards)).toEqual([items[0].question.id]);
  });

  it('repeats the same questions for the same seed', () => {
    const a = podlab(['quiz', '--plain', '--seed', '42', '--count', '4'], '');
    const b = podlab(['quiz', '--plain', '--seed', '42', '--count', '4'], '');
    expect(a.out).toBe(b.out);
    expect(a.out).toContain('Question 1 of 4');
  });

  it('speaks Korean with --lang ko', () => {
    const r = podlab(['quiz', '--plain', '--seed', '3', '--count', '1', '--lang', 'ko'], 'q\n');
    expect(r.out).toContain('podlab quiz: 문제 1개, 시드 3.');
    expect(r.out).toContain('문제 1/1');
  });

  it.each([
    [['--topic', 'nope'], 'there is no topic "nope"', 'pod-basics'],
    [['--count', '0'], '--count takes a whole number', '"0"'],
    [['--seed', 'abc'], '--seed takes a whole number', '"abc"'],
  ])('%j is bad usage: exit 2 with what is valid', (flags, message, detail) => {
    const r = podlab(['quiz', '--plain', ...flags], '');
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain(detail);
  });

  it('says when nothing is due for review', () => {
    const r = podlab(['quiz', '--plain', '--review'], '');
    expect([r.code, r.out]).toEqual([0, 'Nothing to review yet: answer some questions with podlab quiz first.\n']);
  });
});

describe('podlab interview, piped', () => {
  it('reveals a card on Enter and saves the self-rating as its review', () => {
    const r = podlab(['interview'], '\n3\nq\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Model answer:');
    expect(r.out).toContain('Rated Good.');
    const p = progress();
    const ids = Object.keys(p.answers);
    expect(ids).toHaveLength(1);
    expect(p.answers[ids[0]][0]).toMatchObject({ correct: true, answer: { type: 'card', rating: 'good' } });
    expect(p.cards[ids[0]].reps).toBe(1);
  });
});

// Note: each start parses all the content; on a busy machine that alone can take seconds.
const SLOW_MS = 30_000;

// The full-screen quiz in a terminal is tested in quiz-app.test.ts; --plain keeps line mode there too.
describe('podlab quiz --plain in a terminal', { timeout: 60_000 }, () => {
  it('runs line by line and keeps an answer when Ctrl+C ends the run', async () => {
    const items = draw('probes', 9, 2);
    session = startCli(['quiz', '--plain', '--seed', '9', '--count', '2', '--topic', 'probes'], { env: { PODLAB_HOME: home } });
    const s = session;
    // Note: read the whole output, not the screen: a long question scrolls its header away.
    const shown = (text: string) => s.waitFor(() => s.output().includes(text), SLOW_MS);
    await shown('Question 1 of 2');
    for (const line of typed(items[0], false)) await s.type(line + '\r');
    await shown('Question 2 of 2');
    expect(s.output()).toContain(items[0].question.type === 'card' ? 'Rated Again.' : 'Not right.');
    await s.press(KEYS.ctrlC);
    await s.exited;
    const p = progress();
    expect(Object.keys(p.answers)).toEqual([items[0].question.id]);
    expect(p.answers[items[0].question.id][0].correct).toBe(false);
    expect(p.cards[items[0].question.id].state).toBe(1);
  });

  it('ends with the summary and exit 0 on q, with the terminal still attached', async () => {
    session = startCli(['quiz', '--plain', '--seed', '9', '--count', '2', '--lang', 'ko'], { env: { PODLAB_HOME: home } });
    const s = session;
    await s.waitFor(() => s.output().includes('문제 1/2'), SLOW_MS);
    await s.type('q\r');
    expect(await s.exited).toBe(0);
    expect(s.output()).toContain('답한 문제가 없습니다.');
  });
});
