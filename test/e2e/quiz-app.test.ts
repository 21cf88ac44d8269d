import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadContent, shippedSource, type Question } from '../../src/content/index.js';
import { drawItems, filterQuestions, type SessionItem } from '../../src/quiz/index.js';
import { predictChoices } from '../../src/ui/state/quiz-choices.js';
import { assertNever } from '../../src/util/assert-never.js';
import { KEYS, startCli, type Session } from './pty.js';

// `podlab quiz` and `podlab interview` in a terminal open the full-screen app: keys in, the
// screen and the progress file on disk checked, as a person at a terminal would see them.

let home: string;
let session: Session | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'podlab-quiz-app-'));
});
afterEach(() => {
  session?.kill();
  session = undefined;
  rmSync(home, { recursive: true, force: true });
});

interface Progress {
  readonly answers: Record<string, { correct: boolean; at: string; answer: { type: string; rating?: string } }[]>;
  readonly cards: Record<string, { due: string; reps: number }>;
}
const file = () => join(home, 'progress.json');
const progress = (): Progress => JSON.parse(readFileSync(file(), 'utf8')) as Progress;
const answeredIds = () => (existsSync(file()) ? Object.keys(progress().answers).sort() : []);

// The questions a seed draws, computed the way the command draws them, so the test follows the content.
let questions: readonly Question[] = [];
beforeAll(async () => {
  questions = (await loadContent([shippedSource()])).questions;
}, 60_000);

const CTRL_S = '\u0013';
const CTRL_U = '\u0015';
const down = (n: number) => Array.from({ length: Math.max(0, n) }, () => 'j');

/** The keys that answer an item in the app, right or wrong; `choices`: the options of predict items. */
function keysFor(item: SessionItem<Question>, isRight: boolean, choices: Readonly<Record<string, readonly string[]>>): string[] {
  const q = item.question;
  const other = (ids: readonly string[], not: (id: string) => boolean) => ids.findIndex((id) => !not(id));
  switch (q.type) {
    case 'single':
      return [...down(isRight ? item.order.indexOf(q.answer) : other(item.order, (id) => id === q.answer)), KEYS.enter];
    case 'multi': {
      const ticks = isRight ? q.answer.map((id) => item.order.indexOf(id)) : [other(item.order, (id) => q.answer.includes(id))];
      return [...ticks.map((i) => String(i + 1)), KEYS.enter];
    }
    case 'truefalse':
      return [...down(q.answer === isRight ? 0 : 1), KEYS.enter];
    case 'order': {
      if (!isRight) return [KEYS.enter];
      // Selection sort: pick up the step that belongs at `i`, move it up, put it down.
      const keys: string[] = [];
      const now = [...item.order];
      q.answer.forEach((id, i) => {
        const at = now.indexOf(id);
        keys.push(String(at + 1), KEYS.space, ...Array.from({ length: at - i }, () => 'k'), KEYS.space);
        now.splice(at, 1);
        now.splice(i, 0, id);
      });
      return [...keys, KEYS.enter];
    }
    case 'text':
      return [isRight ? String(q.accept[0]) : 'certainly not this', KEYS.enter];
    case 'command':
      return [isRight ? q.solution : 'kubectl get nodes', KEYS.enter];
    case 'yaml':
      return isRight ? [CTRL_U, q.solution.trimEnd().replace(/\n/g, '\r'), CTRL_S] : [CTRL_S];
    case 'predict': {
      const options = choices[q.id] ?? [];
      return [...down(isRight ? options.indexOf(q.answer) : other(options, (v) => v === q.answer)), KEYS.enter];
    }
    case 'card':
      return [KEYS.enter, isRight ? '3' : '1'];
    default:
      return assertNever(q);
  }
}

// Note: each start parses all the content; on a busy machine that alone can take seconds.
const SLOW_MS = 30_000;

const HELP = /Keys on this screen|이 화면에서 쓰는 키/;
/**
 * Waits until the app reads keys. Note: the first frame is drawn before Ink turns raw mode on;
 * a key typed in between goes through the terminal's line discipline (Enter arrives as a line
 * feed). `?` opens the help on a question and closes it again, or is typed into a text field
 * and erased: either way it shows once keys are read.
 */
async function ready(s: Session): Promise<void> {
  await s.press('?');
  const shown = await s.waitFor((screen) => HELP.test(screen) || screen.includes('?▏'), SLOW_MS);
  await s.press(HELP.test(shown) ? '?' : KEYS.backspace);
  await s.waitFor((screen) => !HELP.test(screen) && !screen.includes('?▏'));
}

describe('podlab quiz in a terminal', { timeout: 90_000 }, () => {
  it('opens the full-screen quiz, saves each answer the moment it is given, and sums up', async () => {
    const items = drawItems(questions, 1, 2);
    const choices = predictChoices(items, 1);
    const [first, second] = items.map((i) => i.question.id);
    session = startCli(['quiz', '--count', '2', '--seed', '1'], { cols: 80, rows: 24, env: { PODLAB_HOME: home } });
    const s = session;
    await s.waitFor('Question 1 of 2', SLOW_MS);
    expect(s.output()).toContain('\u001b[?1049h');
    await ready(s);
    await s.press(...keysFor(items[0], true, choices));
    await s.waitFor('✓ Right.', SLOW_MS);
    // On disk while the app is still open: Ctrl+C now would lose nothing.
    await vi.waitFor(() => expect(answeredIds()).toEqual([first]), { timeout: 5000 });
    await s.press(KEYS.enter);
    await s.waitFor('Question 2 of 2');
    await s.press(...keysFor(items[1], false, choices));
    await s.waitFor('✗ Not right.', SLOW_MS);
    await s.press(KEYS.enter);
    const summary = await s.waitFor('Quiz done');
    expect(summary).toContain('Score: 1 of 2 right.');
    expect(summary).toContain('To review');
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);

    const p = progress();
    expect(answeredIds()).toEqual([first, second].sort());
    expect(p.answers[first]).toMatchObject([{ correct: true, answer: { type: items[0].question.type } }]);
    expect(p.answers[second]).toMatchObject([{ correct: false, answer: { type: items[1].question.type } }]);
    expect([p.cards[first].reps, p.cards[second].reps]).toEqual([1, 1]);
  });

  it('keeps the answer given before Ctrl+C ends the run mid-quiz', async () => {
    const items = drawItems(filterQuestions(questions, { topic: 'probes' }), 9, 2);
    session = startCli(['quiz', '--topic', 'probes', '--count', '2', '--seed', '9'], { cols: 60, rows: 20, env: { PODLAB_HOME: home } });
    const s = session;
    await s.waitFor('Question 1 of 2', SLOW_MS);
    await ready(s);
    await s.press(...keysFor(items[0], false, predictChoices(items, 9)));
    // A card rated Again moves on at once and says so; any other answer shows its feedback.
    await s.waitFor(/Not right\.|Rated Again/, SLOW_MS);
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
    expect(answeredIds()).toEqual([items[0].question.id]);
    expect(progress().answers[items[0].question.id][0].correct).toBe(false);
  });

  it('--plain keeps the line-by-line quiz in a terminal', async () => {
    session = startCli(['quiz', '--plain', '--count', '1', '--seed', '3'], { env: { PODLAB_HOME: home } });
    const s = session;
    await s.waitFor(() => s.output().includes('Question 1 of 1'), SLOW_MS);
    expect(s.output()).not.toContain('\u001b[?1049h');
    await s.type('q\r');
    expect(await s.exited).toBe(0);
  });
});

describe('podlab interview in a terminal', { timeout: 90_000 }, () => {
  it('reveals a card, takes the rating, and saves it as the card review', async () => {
    session = startCli(['interview', '--lang', 'ko'], { cols: 60, rows: 20, env: { PODLAB_HOME: home } });
    const s = session;
    await s.waitFor('카드 1/', SLOW_MS);
    await ready(s);
    await s.press(KEYS.enter);
    await s.waitFor('모범 답안:', SLOW_MS);
    await s.press('4');
    await vi.waitFor(() => expect(answeredIds()).toHaveLength(1), { timeout: 5000 });
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
    const [id] = answeredIds();
    expect(progress().answers[id][0]).toMatchObject({ correct: true, answer: { type: 'card', rating: 'easy' } });
    expect(progress().cards[id].reps).toBe(1);
  });
});
