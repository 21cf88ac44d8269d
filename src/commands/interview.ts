import { EXIT, type CommandRun } from '../cli/context.js';
import { filterQuestions, nextDue } from '../quiz/index.js';
import { interviewSession } from '../ui/state/quiz-draw.js';
import { quizText } from './quiz-messages.js';
import { readQuizOptions } from './quiz-options.js';
import { loadQuestions, localTime, openProgress, runLineSession } from './quiz-run.js';
import type { QuizDeps } from './quiz.js';

/**
 * `podlab interview`: interview cards with spaced repetition. Cards due for review come first
 * (most overdue first), then cards never seen, drawn by seed. Each card is answered in the
 * learner's own words, the model answer is shown, and the learner rates how well they knew it
 * (Again, Hard, Good, Easy), which schedules the card's next review. In a terminal the app
 * opens on the cards; in pipes it runs line by line.
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
    const questions = await loadQuestions(ctx);
    const cards = filterQuestions(questions, { types: ['card'], topic: options.topic });
    if (cards.length === 0) {
      ctx.io.err(t('noQuestions') + '\n');
      return EXIT.failed;
    }
    if (ctx.io.isInteractive && !options.isPlain) {
      const { openApp } = await import('./app-wiring.js');
      return openApp(ctx, { mode: 'interview', questions, options, now });
    }
    const store = openProgress(ctx, now);
    const data = store.snapshot();
    const at = now();
    const byId = new Map(cards.map((q) => [q.id, q]));
    const scheduled = Object.fromEntries(Object.entries(data.cards).filter(([id]) => byId.has(id)));
    const { items, due } = interviewSession(cards, data.cards, at, options.seed, options.count);
    if (items.length === 0) {
      const next = nextDue(scheduled, at);
      ctx.io.out([t('noInterviewCards'), ...(next ? [t('nextDue', { when: localTime(next) })] : [])].join('\n') + '\n');
      return EXIT.ok;
    }
    const header = [t('startInterview', { n: items.length, due, seed: options.seed }), t('repeat', { seed: options.seed })];
    ctx.io.out(header.join('\n') + '\n');
    await runLineSession(ctx, store, items, now);
    return EXIT.ok;
  };
}

export const run: CommandRun = makeRun();
