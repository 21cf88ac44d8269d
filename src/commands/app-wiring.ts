import { EXIT, type CommandContext } from '../cli/context.js';
import { cliText } from '../cli/messages.js';
import { describeNotice } from '../store/messages.js';
import { summarize } from '../store/stats.js';
import { openStore, type StoreNotice } from '../store/store.js';
import type { LessonSummary, Notice, ScreenTarget } from '../ui/types.js';
import { loadLessonEntries } from './lesson-summaries.js';

/** Loads what the app shows (progress, lessons), opens it, and saves what the learner changes. */
export async function openApp(ctx: CommandContext): Promise<number> {
  const notices: Notice[] = [];
  const tell = (notice: StoreNotice) => notices.push({ en: describeNotice(notice, 'en'), ko: describeNotice(notice, 'ko') });
  const { store, notice } = openStore({ env: ctx.env, onNotice: tell });
  if (notice) tell(notice);
  const data = store.snapshot();
  const { entries, errors } = await loadLessonEntries(ctx, data);
  if (errors.length > 0) {
    notices.push({ en: cliText('en')('contentProblems', { n: errors.length }), ko: cliText('ko')('contentProblems', { n: errors.length }) });
  }

  let initialScreen: ScreenTarget | undefined;
  if (ctx.name === 'lesson') {
    const id = ctx.positionals[0];
    if (!entries.some((e) => e.lesson.id === id)) {
      ctx.io.err(cliText(ctx.lang)('noSuchLesson', { id }) + '\n');
      return EXIT.usage;
    }
    initialScreen = { screen: 'lesson', id };
  }

  const lessons: LessonSummary[] = entries.map(({ lesson, done }) => ({
    id: lesson.id, title: lesson.title, module: lesson.module, minutes: lesson.minutes,
    pages: lesson.pages.length, done, summary: lesson.summary,
  }));
  const summary = summarize(data, new Date(), lessons.length);
  const { runApp } = await import('../ui/run-app.js');
  await runApp({
    lang: ctx.lang,
    initialScreen,
    lessons,
    progress: { lessons: summary.lessons, questions: summary.questions, streakDays: summary.streakDays, storePath: store.path },
    lastVisited: data.lastVisited,
    notices,
    onLangChange: (lang) => store.setSetting('lang', lang),
    onVisit: (target) => store.setLastVisited(JSON.parse(JSON.stringify(target)) as ScreenTarget),
  });
  return EXIT.ok;
}
