import { EXIT, type CommandContext } from '../cli/context.js';
import { cliText } from '../cli/messages.js';
import type { Lang } from '../i18n/index.js';
import { readDisk } from '../store/disk.js';
import { storePath } from '../store/location.js';
import { editInEditor, stepEditorCommand } from '../practice/steps/editor.js';
import { describeNotice } from '../store/messages.js';
import { summarize } from '../store/stats.js';
import type { ProgressStore, StoreNotice } from '../store/store.js';
import type { StoreData } from '../store/types.js';
import { importApp } from '../ui/import-app.js';
import { labProps, knownLab } from './app-lab.js';
import { quizSetup, type QuizLaunch } from './app-quiz.js';
import type {
  EditRequest, LessonLoad, LessonProgressPatch, LoadedLessons, Notice, ProgressSummary, ScreenTarget,
} from '../ui/types.js';

/**
 * Loads what the app shows (progress, lessons), opens it, and saves what the learner changes.
 * `launch`: open on a quiz or interview session (`podlab quiz`, `podlab interview`).
 */
export async function openApp(ctx: CommandContext, launch?: QuizLaunch): Promise<number> {
  const notices: Notice[] = [];
  const tell = (notice: StoreNotice) => notices.push({ en: describeNotice(notice, 'en'), ko: describeNotice(notice, 'ko') });
  const path = storePath(ctx.env);

  // Note: the conf-backed store (conf, ajv, semver) costs about 60 ms to load, a quarter of the
  // first frame. A healthy file is read directly and the store loads while the learner looks at
  // the screen; a damaged or newer file takes the slow path so its notice shows at once.
  let opening: Promise<ProgressStore> | undefined;
  const store = () => (opening ??= import('../store/store.js').then(({ openStore }) => {
    const { store: opened, notice } = openStore({ env: ctx.env, onNotice: tell });
    if (notice) tell(notice);
    return opened;
  }));
  const disk = readDisk(path);
  let data: StoreData;
  if (disk.kind === 'ok') data = disk.data;
  else if (disk.kind === 'absent') data = (await import('../store/migrate.js')).emptyData();
  else data = (await store()).snapshot();

  const now = new Date();
  const progressOf = (totalLessons: number): ProgressSummary => {
    const summary = summarize(data, now, totalLessons);
    return { lessons: summary.lessons, questions: summary.questions, streakDays: summary.streakDays, storePath: path };
  };
  const loadLessons = () => loadAppLessons(ctx, data, notices, progressOf);
  const common = {
    lang: ctx.lang,
    lastVisited: data.lastVisited,
    lessonProgress: data.lessons,
    onLangChange: (lang: Lang) => void store().then((s) => s.setSetting('lang', lang)),
    onVisit: (target: ScreenTarget) => void store().then((s) => s.setLastVisited(JSON.parse(JSON.stringify(target)) as ScreenTarget)),
    // Note: one lesson's file, found by its name; the other lessons are never parsed for it.
    loadLesson: async (id: string): Promise<LessonLoad> => (await import('./lesson-summaries.js')).readLessonFile(ctx, id),
    onLessonProgress: (id: string, patch: LessonProgressPatch) =>
      void store().then((s) => s.setLessonProgress(id, { page: patch.page, pagesSeen: [...patch.pagesSeen], ...(patch.done ? { done: true } : {}) })),
    // Fix steps open their manifest in the learner's editor, through the shell like git does.
    editor: { name: stepEditorCommand(ctx.env), edit: (request: EditRequest) => editInEditor(request, ctx.env) },
  };

  // Opening at a lesson refuses an id with no lesson file, before anything is drawn; finding
  // the file reads no lesson, so the first frame still does not wait for the lessons.
  let initialScreen: ScreenTarget | undefined;
  if (ctx.name === 'lesson') {
    const id = ctx.positionals[0] ?? '';
    const { defaultSources, findLessonFile } = await import('../content/io.js');
    if ((await findLessonFile(defaultSources(ctx.contentDirs, ctx.cwd), id)) === undefined) {
      ctx.io.err(cliText(ctx.lang)('noSuchLesson', { id }) + '\n');
      return EXIT.usage;
    }
    initialScreen = { screen: 'lesson', id };
  }
  if (ctx.name === 'lab') {
    const id = ctx.positionals[0];
    if (id !== undefined && !(await knownLab(ctx, id))) return EXIT.usage;
    initialScreen = { screen: 'lab', ...(id !== undefined ? { id } : {}) };
  }
  const quiz = await quizSetup(ctx, data, store, launch);
  if (quiz.kind === 'told') {
    ctx.io.out(quiz.text);
    return EXIT.ok;
  }
  if (launch) initialScreen = { screen: launch.mode };
  const { runApp } = await importApp();
  // The first frame does not wait for the lessons: they are read and parsed once it is drawn
  // (runApp renders before the loading's first await resumes) and fill in when ready.
  const opened = runApp({ ...common, initialScreen, quiz: quiz.props, lab: labProps(ctx), progress: progressOf(0), notices: [...notices], lessonsLater: loadLessons() });
  const prefetch = setTimeout(() => void store(), 200);
  try {
    await opened;
  } finally {
    clearTimeout(prefetch);
    // Whatever the learner changed is on disk before the process ends.
    if (opening) await opening;
    await quiz.saved();
  }
  return EXIT.ok;
}

/** The lessons as the app lists them, the figures that count them, and every notice so far. */
async function loadAppLessons(
  ctx: CommandContext,
  data: StoreData,
  notices: readonly Notice[],
  progressOf: (totalLessons: number) => ProgressSummary,
): Promise<LoadedLessons> {
  // Note: imported here, not at the top, to keep the YAML parser off the first frame's path.
  const { loadLessonEntries } = await import('./lesson-summaries.js');
  const { entries, errors } = await loadLessonEntries(ctx, data);
  const problems: Notice[] = errors.length === 0 ? [] : [{
    en: cliText('en')('contentProblems', { n: errors.length }),
    ko: cliText('ko')('contentProblems', { n: errors.length }),
  }];
  const lessons = entries.map(({ lesson, done }) => ({
    id: lesson.id, title: lesson.title, module: lesson.module, minutes: lesson.minutes,
    pages: lesson.pages.length, done, summary: lesson.summary,
  }));
  return { lessons, progress: progressOf(lessons.length), notices: [...notices, ...problems] };
}
