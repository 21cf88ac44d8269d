import { EXIT, type CommandRun } from '../cli/context.js';
import type { Question } from '../content/index.js';
import { dueIds, drawItems, filterQuestions, nextDue, type SessionItem } from '../quiz/index.js';
import { own } from '../store/mutations.js';
import { quizText } from './quiz-messages.js';
import { readQuizOptions } from './quiz-options.js';
import { loadQuestions, localTime, openProgress, runLineSession } from './quiz-run.js';
import type { QuizDeps } from './quiz.js';

/**
 * `podlab interview`: interview cards with spaced repetition. Cards due for review come first
 * (most overdue first), then cards never seen, drawn by seed. Each card is answered in the
 * learner's own words, the model answer is shown, and the learner rates how well they knew it
 * (Again, Hard, Good, Easy), which schedules the card's next review. The full-screen mode is
 * not built yet, so this runs line by line in a terminal and in pipes alike.
 */
export function makeRun(deps: QuizDeps = {}): CommandRun {
  const now = deps.now ?? (() => new Date());
  return async (ctx) => {
    const t = quizText(ctx.lang);
    const read = readQuizOptions(ctx.flags, now(), t, 'interview');
    if (!read.ok) {
      ctx.io.err(read.message + '\n');
      return EXIT.usage;
    }
    const { options } = read;
    const cards = filterQuestions(await loadQuestions(ctx), { types: ['card'], topic: options.topic });
    if (cards.length === 0) {
      ctx.io.err(t('noQuestions') + '\n');
      return EXIT.failed;
    }
    const store = openProgress(ctx, now);
    const data = store.snapshot();
    const at = now();
    const byId = new Map(cards.map((q) => [q.id, q]));
    const scheduled = Object.fromEntries(Object.entries(data.cards).filter(([id]) => byId.has(id)));
    const due = dueIds(scheduled, at).flatMap((id) => byId.get(id) ?? []).slice(0, options.count);
    const fresh = cards.filter((q) => own(data.cards, q.id) === undefined);
    const room = options.count - due.length;
    const items: SessionItem<Question>[] = [
      ...due.map((question) => ({ question, order: [] })),
      ...(room > 0 && fresh.length > 0 ? drawItems(fresh, options.seed, room) : []),
    ];
    if (items.length === 0) {
      const next = nextDue(scheduled, at);
      ctx.io.out([t('noInterviewCards'), ...(next ? [t('nextDue', { when: localTime(next) })] : [])].join('\n') + '\n');
      return EXIT.ok;
    }
    const header = [t('startInterview', { n: items.length, due: due.length, seed: options.seed }), t('repeat', { seed: options.seed })];
    if (ctx.io.isInteractive) header.push(t('lineModeInterview'));
    ctx.io.out(header.join('\n') + '\n');
    await runLineSession(ctx, store, items, now);
    return EXIT.ok;
  };
}

export const run: CommandRun = makeRun();
