/**
 * Everything the quiz, interview and progress screens keep while the app is open: the questions
 * (read the first time a screen needs them), the learner's history with this session's answers
 * added, the answers given (reported to the caller to save), and what the quiz screen shows.
 */
import { nextDue, review, type Card } from '../../quiz/index.js';
import { reviveCard } from '../../store/card.js';
import { withDay } from '../../store/days.js';
import type { StoredCard } from '../../store/types.js';
import type { ScreenId } from '../types.js';
import { checkpointItems, interviewSession } from './quiz-draw.js';
import { sessionRun, type Checkpoint, type QuizRun } from './quiz-run.js';
import type { GivenAnswer, QuizContent, QuizHistory, QuizMode, QuizProps } from './quiz-types.js';

export type ContentState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly content: QuizContent }
  | { readonly kind: 'failed'; readonly message: string };

export interface QuizArea {
  /** False when the app was opened without quiz props: the screens say not available. */
  readonly isEnabled: boolean;
  readonly content: ContentState;
  readonly history: QuizHistory;
  /** Every answer given since the app opened, oldest first; a hook saves each once. */
  readonly given: readonly GivenAnswer[];
  /** The quiz or interview screen; undefined before one is opened. */
  readonly run: QuizRun | undefined;
  /** The first line of the dashboard on show. */
  readonly dashboardScroll: number;
  /** The seed of the next session started in the app. */
  readonly seed: number;
  /** Questions per session started in the app. */
  readonly count: number;
  /** The caller's clock (tests pin it): due dates, new cards, the days of the dashboard. */
  readonly clock: () => Date;
  /** Minutes east of UTC where the learner's days begin. */
  readonly utcOffsetMinutes: number | undefined;
}

const EMPTY_HISTORY: QuizHistory = { answers: {}, cards: {}, activeDays: [] };

/**
 * The area at start: a session handed over by the CLI is on the quiz screen at once; a quiz
 * screen the app opens on (`initial`) is set up as if opened.
 */
export function initQuizArea(props: QuizProps | undefined, initial?: ScreenId): QuizArea {
  const area: QuizArea = {
    isEnabled: props !== undefined,
    content: props?.content ? { kind: 'ready', content: props.content } : { kind: 'idle' },
    history: props?.history ?? EMPTY_HISTORY,
    given: [],
    run: undefined,
    dashboardScroll: 0,
    seed: props?.seed ?? 0,
    count: props?.count ?? 10,
    clock: props?.now ?? (() => new Date()),
    utcOffsetMinutes: props?.utcOffsetMinutes,
  };
  const start = props?.start;
  if (!start) return initial === undefined ? area : screenOpened(area, initial);
  const due = start.items.filter((i) => isDue(area.history.cards[i.question.id], area.clock())).map((i) => i.question.id);
  return { ...area, run: sessionRun(start.mode, start.items, area.seed, start.mode === 'interview' ? due : []), seed: area.seed + 1 };
}

function isDue(card: StoredCard | Card | undefined, now: Date): boolean {
  if (!card) return false;
  const due = typeof card.due === 'string' ? Date.parse(card.due) : card.due.getTime();
  return due <= now.getTime();
}

/** Whether a screen draws on the questions. */
const needsContent = (screen: ScreenId) => screen === 'quiz' || screen === 'interview' || screen === 'progress';

/** The next interview session, or why there is none. */
function interviewRun(area: QuizArea, content: QuizContent, now: Date): QuizArea {
  const cards = area.history.cards;
  const { items, due } = interviewSession(content.questions, cards, now, area.seed, area.count);
  if (items.length === 0) {
    const next = nextDue(cards, now);
    const message = { kind: 'noCards' as const, ...(next ? { next: next.toISOString() } : {}) };
    return { ...area, run: { kind: 'message', mode: 'interview', message, scroll: 0 } };
  }
  const dueIds = items.slice(0, due).map((i) => i.question.id);
  return { ...area, run: sessionRun('interview', items, area.seed, dueIds), seed: area.seed + 1 };
}

/** What a quiz screen shows once the questions are in. */
function runFor(area: QuizArea, mode: QuizMode, now: Date): QuizArea {
  const { content } = area;
  if (content.kind === 'failed') return { ...area, run: { kind: 'message', mode, message: { kind: 'failed', message: content.message }, scroll: 0 } };
  if (content.kind !== 'ready') return { ...area, run: { kind: 'message', mode, message: { kind: 'loading' }, scroll: 0 } };
  if (mode === 'interview') return interviewRun(area, content.content, now);
  return { ...area, run: content.content.questions.length === 0 ? { kind: 'message', mode, message: { kind: 'noQuestions' }, scroll: 0 } : { kind: 'pick', selected: 0, scroll: 0 } };
}

/**
 * A screen was put on top: the quiz opens on the picker, the interview on its cards; each asks
 * for the questions when they have not been read yet.
 */
export function screenOpened(area: QuizArea, screen: ScreenId): QuizArea {
  if (!area.isEnabled || !needsContent(screen)) return area;
  const asked = area.content.kind === 'idle' ? { ...area, content: { kind: 'loading' as const } } : area;
  if (screen === 'progress') return { ...asked, dashboardScroll: 0 };
  return runFor(asked, screen === 'quiz' ? 'quiz' : 'interview', area.clock());
}

/** The questions as read, or why they could not be. */
export type ContentResult = { readonly content: QuizContent } | { readonly error: string };

/** The questions arrived (or could not be read): a screen waiting for them moves on. */
export function contentArrived(area: QuizArea, result: ContentResult): QuizArea {
  if (area.content.kind === 'ready') return area;
  const content: ContentState = 'content' in result ? { kind: 'ready', content: result.content } : { kind: 'failed', message: result.error };
  const loaded = { ...area, content };
  const { run } = area;
  if (run?.kind !== 'message' || run.message.kind !== 'loading') return loaded;
  return run.checkpoint ? checkpointRun(loaded, run.checkpoint) : runFor(loaded, run.mode, area.clock());
}

/**
 * The quiz screen on a lesson's checkpoint: its session once the questions are in (asked for
 * here when they have not been), a message until then or when none of them can be asked.
 */
export function checkpointRun(area: QuizArea, checkpoint: Checkpoint): QuizArea {
  const asked = area.content.kind === 'idle' ? { ...area, content: { kind: 'loading' as const } } : area;
  const { content } = asked;
  const message = (m: Extract<QuizRun, { kind: 'message' }>['message']): QuizArea => ({ ...asked, run: { kind: 'message', mode: 'quiz', message: m, scroll: 0, checkpoint } });
  if (content.kind === 'failed') return message({ kind: 'failed', message: content.message });
  if (content.kind !== 'ready') return message({ kind: 'loading' });
  const items = checkpointItems(content.content.questions, checkpoint.ids, asked.seed);
  if (items.length === 0) return message({ kind: 'noQuestions' });
  return { ...asked, run: { ...sessionRun('quiz', items, asked.seed), checkpoint }, seed: asked.seed + 1 };
}

/** The picker again (after a summary). */
export function backToPicker(area: QuizArea, now: Date): QuizArea {
  return runFor(area, 'quiz', now);
}

/** The card a question has after this answer, as the store will save it. */
function nextCard(stored: StoredCard | Card | undefined, given: GivenAnswer): Card {
  const card = stored === undefined ? undefined : typeof stored.due === 'string' ? reviveCard(stored as StoredCard) : (stored as Card);
  return review(card, given.grade.rating, given.at);
}

/** An answer given: kept to be saved, and counted in the history the screens show. */
export function answerGiven(area: QuizArea, given: GivenAnswer, day: string): QuizArea {
  const { history } = area;
  const id = given.question.id;
  const past = Object.hasOwn(history.answers, id) ? history.answers[id] : [];
  return {
    ...area,
    given: [...area.given, given],
    history: {
      answers: { ...history.answers, [id]: [...past, { at: given.at.toISOString(), correct: given.grade.correct }] },
      cards: { ...history.cards, [id]: nextCard(Object.hasOwn(history.cards, id) ? history.cards[id] : undefined, given) },
      activeDays: withDay(history.activeDays, day),
    },
  };
}
