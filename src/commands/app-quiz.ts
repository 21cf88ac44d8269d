import type { CommandContext } from '../cli/context.js';
import type { Question } from '../content/index.js';
import { canGrade, drawItems, filterQuestions, nextDue, type SessionItem } from '../quiz/index.js';
import type { ProgressStore } from '../store/store.js';
import type { StoreData } from '../store/types.js';
import { interviewSession, reviewPool } from '../ui/state/quiz-draw.js';
import type { QuizContent, QuizMode, QuizProps } from '../ui/state/quiz-types.js';
import { quizText } from './quiz-messages.js';
import { DEFAULT_COUNT, type QuizOptions } from './quiz-options.js';

/**
 * The quiz part of the app: the questions (read when a quiz screen first needs them), the
 * history as saved, and saving each answer through the same code as line mode (`quiz-save.ts`).
 */

/** `podlab quiz` or `podlab interview` in a terminal: the app opens on a session drawn from these. */
export interface QuizLaunch {
  readonly mode: QuizMode;
  /** Every question this build can grade (the app can go on to other quizzes). */
  readonly questions: readonly Question[];
  readonly options: QuizOptions;
  readonly now: () => Date;
}

/** The quiz props, and a promise that settles once every answer given so far is on disk. */
export type QuizSetup =
  | { readonly kind: 'app'; readonly props: QuizProps; readonly saved: () => Promise<void> }
  /** Nothing to ask: said on standard output instead of opening the app, as line mode says it. */
  | { readonly kind: 'told'; readonly text: string };

/** Reads the questions and the judges (kubectl's parser, the simulator) only when asked. */
async function loadQuizContent(ctx: CommandContext): Promise<QuizContent> {
  const [{ defaultSources, loadContent }, { quizJudges }] = await Promise.all([import('../content/index.js'), import('./quiz-judges.js')]);
  const content = await loadContent(defaultSources(ctx.contentDirs, ctx.cwd), { lang: ctx.lang });
  return withJudges(content.questions, quizJudges);
}

function withJudges(questions: readonly Question[], judgesOf: QuizContent['judges']): QuizContent {
  const judges = judgesOf('en');
  return { questions: questions.filter((q) => canGrade(q, judges)), judges: judgesOf };
}

/** `2025-01-02 09:30` in the local time zone. */
function localTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The session a launch asks for, or what to say when there is nothing to ask. */
function planLaunch(ctx: CommandContext, launch: QuizLaunch, data: StoreData): { readonly items: readonly SessionItem<Question>[] } | { readonly text: string } {
  const t = quizText(ctx.lang);
  const { options } = launch;
  const at = launch.now();
  const next = (cards: StoreData['cards']) => {
    const when = nextDue(cards, at);
    return when ? [t('nextDue', { when: localTime(when) })] : [];
  };
  if (launch.mode === 'interview') {
    const { items } = interviewSession(launch.questions, data.cards, at, options.seed, options.count, options.topic);
    const cards = Object.fromEntries(Object.entries(data.cards).filter(([id]) => launch.questions.some((q) => q.id === id && q.type === 'card')));
    return items.length > 0 ? { items } : { text: [t('noInterviewCards'), ...next(cards)].join('\n') + '\n' };
  }
  let pool = filterQuestions(launch.questions, { topic: options.topic });
  if (options.isReview) {
    const scheduled = Object.fromEntries(Object.entries(data.cards).filter(([id]) => pool.some((q) => q.id === id)));
    pool = reviewPool(pool, data.cards, data.answers, at).slice(0, options.count);
    if (pool.length === 0) {
      const lines = Object.keys(scheduled).length === 0 ? [t('noCardsYet')] : [t('nothingDue'), ...next(scheduled)];
      return { text: lines.join('\n') + '\n' };
    }
  }
  return { items: drawItems(pool, options.seed, options.count) };
}

/**
 * Everything the app needs for its quiz screens. `store` opens the progress store (once);
 * answers are saved in the order given, each the moment the app hands it over.
 */
export async function quizSetup(
  ctx: CommandContext, data: StoreData, store: () => Promise<ProgressStore>, launch?: QuizLaunch,
): Promise<QuizSetup> {
  const planned = launch ? planLaunch(ctx, launch, data) : undefined;
  if (planned && 'text' in planned) return { kind: 'told', text: planned.text };
  const now = launch?.now ?? (() => new Date());
  let saving = Promise.resolve();
  let failure: { readonly error: unknown } | undefined;
  const content = launch ? withJudges(launch.questions, (await import('./quiz-judges.js')).quizJudges) : undefined;
  const props: QuizProps = {
    ...(content ? { content } : {}),
    ...(launch && planned && 'items' in planned ? { start: { mode: launch.mode, items: planned.items } } : {}),
    loadContent: () => loadQuizContent(ctx),
    history: { answers: data.answers, cards: data.cards, activeDays: data.activeDays },
    onAnswer: (given) => {
      // Note: one failed save must not keep the next answers from being saved; the first
      // failure is reported once the app has closed.
      saving = saving
        .then(() => Promise.all([store(), import('./quiz-save.js')]))
        .then(([s, { saveAnswer }]) => saveAnswer(s, given.question.id, given.answer, given.grade, given.at))
        .catch((error: unknown) => void (failure ??= { error }));
    },
    now,
    // The launched session used this seed; sessions started later in the app count up from it.
    seed: launch ? launch.options.seed : now().getTime() % 1_000_000,
    count: launch?.options.count ?? DEFAULT_COUNT,
  };
  const saved = async () => {
    await saving;
    if (failure) throw failure.error;
  };
  return { kind: 'app', props, saved };
}
