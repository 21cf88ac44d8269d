import { describe, expect, it } from 'vitest';
import { QUIZ_MESSAGES, quizText } from '../../src/commands/quiz-messages.js';
import { runPlain } from '../../src/commands/quiz-plain.js';
import { formatSeconds, orderExample } from '../../src/commands/quiz-render.js';
import type { QuizQuestion, SessionItem } from '../../src/quiz/index.js';
import { card, multi, order, single, truefalse, yamlQ } from './fixtures.js';

/** Runs items against typed lines; records output and every save with what had been read by then. */
async function play(items: SessionItem[], typed: string[], lang: 'en' | 'ko' = 'en') {
  let out = '';
  let read = 0;
  const saves: string[] = [];
  const state = await runPlain({
    t: quizText(lang), lang, out: (text) => void (out += text), isEchoed: false, items,
    lines: { next: async () => (read < typed.length ? typed[read++] : undefined), close: () => undefined },
    judges: { yaml: (answer) => ({ correct: answer.includes('fixed'), why: 'simulated' }) },
    save: (q, answer, grade) => saves.push(`${q.id} ${JSON.stringify(answer)} ${grade.correct} after ${read} line(s)`),
  });
  return { out, saves, state };
}

const item = (question: QuizQuestion, order: string[] = []): SessionItem => ({ question, order });

describe('runPlain', () => {
  it('asks with numbered options, reads one answer per line and saves each at once', async () => {
    const { out, saves, state } = await play([item(single, ['d', 'c', 'b', 'a']), item(multi, ['a', 'b', 'c', 'd'])], ['2', '1,3']);
    expect(out).toContain('Question 1 of 2 · pod-basics · A1 · difficulty 1 of 3');
    expect(out).toContain('  1. choice d\n  2. choice c\n  3. choice b\n  4. choice a\n');
    expect(out).toContain('> 2\nNot right.\nAnswer: 3. choice b\nWhy not 2: why c\nexplanation of q-single\nRead more: podlab lesson pod-basics (page shared)');
    expect(out).toContain('> 1,3\nRight.\nexplanation of q-multi');
    expect(saves).toEqual([
      'q-single {"type":"single","choice":"c"} false after 1 line(s)',
      'q-multi {"type":"multi","choices":["a","c"]} true after 2 line(s)',
    ]);
    expect(state.phase).toBe('done');
  });

  it('asks again after input it cannot use, and gives a hint on ?', async () => {
    const { out, saves } = await play([item(order, ['s2', 's1', 's3', 's4'])], ['9', '1 2', '?', '2 1 3 4']);
    expect(out).toContain('Choose numbers from 1 to 4.');
    expect(out).toContain(`List all 4 step numbers, each once, e.g. ${orderExample(4)}.`);
    expect(out).toContain('Hint: this is covered in podlab lesson restart-policy-and-backoff.');
    expect(saves).toHaveLength(1);
    expect(saves[0]).toContain('true after 4 line(s)');
  });

  it('skips on an empty line and saves nothing for it', async () => {
    const { out, saves, state } = await play([item(truefalse), item(truefalse)], ['', 'no']);
    expect(out).toContain('> \nSkipped.');
    expect(saves).toEqual(['q-tf {"type":"truefalse","value":false} true after 2 line(s)']);
    expect(state.outcomes.map((o) => o.kind)).toEqual(['skipped', 'answered']);
  });

  it.each([['q'], [undefined]])('ends early on %j (quit or end of input), keeping what was answered', async (last) => {
    const { saves, state } = await play([item(truefalse), item(truefalse), item(truefalse)], last === undefined ? ['yes'] : ['yes', last]);
    expect(saves).toHaveLength(1);
    expect([state.phase, state.hasQuit, state.outcomes.length]).toEqual(['done', true, 1]);
  });

  it('reads a manifest up to a line with a dot, indentation kept', async () => {
    const { saves, out } = await play([item(yamlQ)], ['kind: Pod', 'metadata:', '  name: fixed', '.']);
    expect(saves).toEqual(['q-yaml {"type":"yaml","text":"kind: Pod\\nmetadata:\\n  name: fixed\\n"} true after 4 line(s)']);
    expect(out).toContain('simulated');
  });

  it('shows a card, reveals it on Enter and saves the self-rating', async () => {
    const { out, saves } = await play([item(card)], ['', '5', '2']);
    expect(out).toContain('Model answer:\n  model\nWhat an interviewer listens for:\n  - k1\n  - k2\n  - k3\nA common wrong answer:\n  wrong\nexplanation of q-card\nHow well');
    expect(out).toContain('Type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).');
    expect(out).toContain('Rated Hard.');
    expect(saves).toEqual(['q-card {"type":"card","rating":"hard"} true after 3 line(s)']);
  });

  it('speaks Korean', async () => {
    const { out } = await play([item(truefalse)], ['참'], 'ko');
    expect(out).toContain('문제 1/1');
    expect(out).toContain('틀렸습니다.');
    expect(out).toContain('정답: 거짓');
  });
});

describe('the message table', () => {
  const noHangul = new Set(['prompt', 'lessonCommand', 'reviewLine']);
  it.each(Object.entries(QUIZ_MESSAGES.ko).filter(([key]) => !noHangul.has(key)))('%s is written in Korean', (_key, ko) => {
    expect(ko).toMatch(/[가-힣]/);
  });

  it.each(Object.keys(QUIZ_MESSAGES.en))('%s keeps the same placeholders in both languages', (key) => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const k = key as keyof typeof QUIZ_MESSAGES.en;
    expect(names(QUIZ_MESSAGES.ko[k])).toEqual(names(QUIZ_MESSAGES.en[k]));
  });

  it.each([[0, '0s'], [30, '30s'], [90, '1m30s'], [120, '2m'], [3600, '1h']])('formats %i seconds as %s', (s, text) => {
    expect(formatSeconds(s)).toBe(text);
  });
});
