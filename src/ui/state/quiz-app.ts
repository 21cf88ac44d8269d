/**
 * The quiz area inside the app's one reducer: the actions it adds, the screens it opens, and the
 * dashboard's intents. Generic over the app state so the app reducer stays the only owner of it.
 */
import type { Key } from 'ink';
import type { Lang } from '../../i18n/index.js';
import type { Intent } from '../keys.js';
import { bodyHeight } from '../layout.js';
import { uiText } from '../messages.js';
import type { AppData, LessonSummary, ScreenTarget } from '../types.js';
import { dashboardLines, dashboardWindow, practice } from '../views/dashboard.js';
import { contentArrived, screenOpened, type ContentResult, type QuizArea } from './quiz-area.js';
import { drawSession, topicsPool } from './quiz-draw.js';
import { questionFigures } from './quiz-figures.js';
import { reduceNav, type NavState } from './nav-state.js';
import { quizAreaInput } from './quiz-input.js';
import { sessionRun } from './quiz-run.js';

export type QuizAction =
  /** A read from the terminal on the Quiz or Interview screen: raw, since answers are typed. */
  | { readonly type: 'quizInput'; readonly input: string; readonly key: Partial<Key>; readonly columns: number; readonly rows: number }
  /** The questions, asked for when a quiz screen or the dashboard first opened. */
  | { readonly type: 'quizContent'; readonly result: ContentResult };

/** What the quiz area needs of the app state. */
export interface QuizHost {
  readonly quiz: QuizArea;
  readonly lang: Lang;
}

/** Whether the screen on top is drawn by the quiz area (Quiz, Interview, the dashboard). */
export function isQuizScreen(quiz: QuizArea, screen: string): boolean {
  return quiz.isEnabled && (screen === 'quiz' || screen === 'interview' || screen === 'progress');
}

/** A screen was put on the stack. */
export function quizScreenOpened<S extends QuizHost>(state: S, target: ScreenTarget): S {
  const quiz = screenOpened(state.quiz, target.screen);
  return quiz === state.quiz ? state : { ...state, quiz };
}

/** What the app does for the quiz keys that leave for a lesson or the lessons list. */
export interface QuizLeave<S> {
  /** Opens a lesson from a summary's review links. */
  readonly openLesson: (s: S, target: ScreenTarget, rows: number) => S;
  /** Leaves a checkpoint's summary for the lessons list, past lesson `id`. */
  readonly toLessons: (s: S, id: string, rows: number) => S;
}

/**
 * One quiz action. A key may ask the app to go back, show help or quit (done here with the
 * navigation reducer), or leave for a lesson or the lessons list (the app's own, `leave`).
 */
export function reduceQuiz<S extends QuizHost & NavState>(
  state: S, action: QuizAction, lessons: readonly LessonSummary[], leave: QuizLeave<S>,
): S {
  if (action.type === 'quizContent') return { ...state, quiz: contentArrived(state.quiz, action.result) };
  const env = { lang: state.lang, columns: action.columns, rows: action.rows, lessons };
  const { area, outcome } = quizAreaInput(state.quiz, action.input, action.key, env);
  const next = area === state.quiz ? state : { ...state, quiz: area };
  if (!outcome) return next;
  if (outcome.kind === 'lesson') return leave.openLesson(next, { screen: 'lesson', ...outcome.link }, action.rows);
  if (outcome.kind === 'lessons') return leave.toLessons(next, outcome.lesson, action.rows);
  return { ...next, ...reduceNav(next, { type: outcome.kind === 'help' ? 'toggleHelp' : outcome.kind }) };
}

/** Whether the screen on top is the dashboard, which takes intents. */
export function isDashboard(quiz: QuizArea, screen: string): boolean {
  return quiz.isEnabled && screen === 'progress';
}

const SCROLL: Partial<Record<Intent, number>> = { up: -1, down: 1, first: -Infinity, last: Infinity };

/**
 * An intent on the dashboard: scrolling, or Enter, which starts a quiz on the weakest topics.
 * `openQuiz` puts the Quiz screen on the stack (it opens on the picker; the session replaces it).
 */
export function dashboardIntent<S extends QuizHost>(
  state: S, intent: Intent, env: { readonly columns: number; readonly rows: number; readonly lessons: readonly LessonSummary[] },
  openQuiz: (s: S) => S,
): S {
  const area = state.quiz;
  if (intent === 'open') {
    const { topics } = practice(area);
    if (topics.length === 0 || area.content.kind !== 'ready') return state;
    const items = drawSession(topicsPool(area.content.content.questions, topics.map((t) => t.topic)), area.seed, area.count);
    const opened = openQuiz(state);
    return { ...opened, quiz: { ...opened.quiz, run: sessionRun('quiz', items, area.seed), seed: area.seed + 1 } };
  }
  const view = { lang: state.lang, t: uiText(state.lang), width: env.columns, height: bodyHeight(env.rows) };
  const height = dashboardWindow(view);
  const page = Math.max(1, height - 1);
  const by = intent === 'pageUp' ? -page : intent === 'pageDown' ? page : SCROLL[intent];
  if (by === undefined) return state;
  const total = dashboardLines(view, { area, lessons: env.lessons, now: area.clock() }).length;
  const max = Math.max(0, total - height);
  const scroll = Math.max(0, Math.min(max, Math.min(area.dashboardScroll, max) + by));
  return scroll === area.dashboardScroll ? state : { ...state, quiz: { ...area, dashboardScroll: scroll } };
}

/** The app's data with the question figures counting this session's answers. */
export function withQuizProgress(data: AppData, quiz: QuizArea): AppData {
  if (!quiz.isEnabled) return data;
  const { answers, cards } = quiz.history;
  return { ...data, progress: { ...data.progress, questions: questionFigures(answers, cards, quiz.clock()) } };
}
