import { EXIT, type CommandRun } from '../cli/context.js';
import { drawItems, filterQuestions, matchesTopic, nextDue, reviewIds, topicChoices } from '../quiz/index.js';
import { quizText } from './quiz-messages.js';
import { readQuizOptions } from './quiz-options.js';
import { loadQuestions, localTime, openProgress, runLineSession } from './quiz-run.js';

/** What the command takes from outside; tests may pin the clock. */
export interface QuizDeps {
  readonly now?: () => Date;
}

/**
 * `podlab quiz [--topic T] [--count N] [--review] [--seed N] [--plain]`. In a terminal the app
 * opens on the session; with --plain, or without a terminal (pipes, screen readers), it runs
 * line by line. Both draw the same questions for the same flags and save answers alike.
 */
export function makeRun(deps: QuizDeps = {}): CommandRun {
  const now = deps.now ?? (() => new Date());
  return async (ctx) => {
    const t = quizText(ctx.lang);
    const read = readQuizOptions(ctx.flags, now(), t);
    if (!read.ok) {
      ctx.io.err(read.message + '\n');
      return EXIT.usage;
    }
    const { options } = read;
    const questions = await loadQuestions(ctx);
    if (questions.length === 0) {
      ctx.io.err(t('noQuestions') + '\n');
      return EXIT.failed;
    }
    if (options.topic !== undefined && !questions.some((q) => matchesTopic(q, options.topic ?? ''))) {
      const { topics, syllabus } = topicChoices(questions);
      ctx.io.err(t('badTopic', { topic: options.topic, topics: topics.join(', '), syllabus: syllabus.join(', ') }) + '\n');
      return EXIT.usage;
    }
    if (ctx.io.isInteractive && !options.isPlain) {
      const { openApp } = await import('./app-wiring.js');
      return openApp(ctx, { mode: 'quiz', questions, options, now });
    }
    const store = openProgress(ctx, now);
    let pool = filterQuestions(questions, { topic: options.topic });
    if (options.isReview) {
      const data = store.snapshot();
      const at = now();
      const byId = new Map(pool.map((q) => [q.id, q]));
      const scheduled = Object.fromEntries(Object.entries(data.cards).filter(([id]) => byId.has(id)));
      pool = reviewIds(scheduled, data.answers, at).flatMap((id) => byId.get(id) ?? []).slice(0, options.count);
      if (pool.length === 0) {
        const next = nextDue(scheduled, at);
        const lines = Object.keys(scheduled).length === 0 ? [t('noCardsYet')] : [t('nothingDue'), ...(next ? [t('nextDue', { when: localTime(next) })] : [])];
        ctx.io.out(lines.join('\n') + '\n');
        return EXIT.ok;
      }
    }
    const items = drawItems(pool, options.seed, options.count);
    const header = [t(options.isReview ? 'startReview' : 'start', { n: items.length, seed: options.seed }), t('repeat', { seed: options.seed })];
    ctx.io.out(header.join('\n') + '\n');
    await runLineSession(ctx, store, items, now);
    return EXIT.ok;
  };
}

export const run: CommandRun = makeRun();
