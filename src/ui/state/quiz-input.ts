/**
 * Keys on the Quiz and Interview screens. Each read from the terminal is mapped with the mode
 * the screen is in when it arrives (`quiz-keys.ts`) and applied in order; a key that leaves the
 * screen (back, a lesson, help) ends the read, since what follows belongs to another screen.
 */
import type { Key } from 'ink';
import type { Lang } from '../../i18n/index.js';
import { currentItem, filterQuestions, type LessonRef } from '../../quiz/index.js';
import { localDay } from '../../store/days.js';
import { assertNever } from '../../util/assert-never.js';
import { bodyHeight } from '../layout.js';
import { uiText } from '../messages.js';
import type { LessonSummary } from '../types.js';
import { quizContext, type QuizViewData } from '../views/quiz-parts.js';
import { pickerRows } from '../views/quiz-picker.js';
import { followFocus, maxScroll, quizScreen, windowHeight } from '../views/quiz-screen.js';
import { answerGiven, backToPicker, type QuizArea } from './quiz-area.js';
import { drawSession, reviewPool } from './quiz-draw.js';
import { itemMode } from './quiz-item.js';
import { nextKey, quizKeys, type QuizCommand, type QuizKeyMode } from './quiz-keys.js';
import { reduceSession, reviewLinks, sessionRun, type QuizRun, type SessionCommand } from './quiz-run.js';

/** The screen a key arrives on. */
export interface QuizEnv {
  readonly lang: Lang;
  readonly columns: number;
  readonly rows: number;
  readonly lessons: readonly LessonSummary[];
}

/** What a key asks of the app beyond the quiz screen. */
export type QuizOutcome =
  | { readonly kind: 'back' }
  | { readonly kind: 'help' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'lesson'; readonly link: LessonRef }
  /** A checkpoint's summary was left: back to the lessons, after lesson `lesson`. */
  | { readonly kind: 'lessons'; readonly lesson: string };

export function keyModeOf(run: QuizRun): QuizKeyMode {
  switch (run.kind) {
    case 'message':
      return 'message';
    case 'pick':
      return 'list';
    case 'session': {
      const item = currentItem(run.session);
      if (run.session.phase === 'done' || !item) return 'list';
      return run.session.phase === 'feedback' ? 'feedback' : itemMode(item.question, run.input);
    }
    default:
      return assertNever(run);
  }
}

interface Step {
  readonly area: QuizArea;
  readonly outcome?: QuizOutcome;
  /** The learner scrolled by hand: the view stays where they put it. */
  readonly isScroll?: boolean;
}

const withRun = (area: QuizArea, run: QuizRun): QuizArea => ({ ...area, run });

/** Starts the session a picker row stands for. */
function startFrom(area: QuizArea, selected: number, now: Date): QuizArea {
  const row = pickerRows(area, now)[selected];
  if (!row || area.content.kind !== 'ready') return area;
  const { questions } = area.content.content;
  const { cards, answers } = area.history;
  const pool = row.kind === 'review'
    ? reviewPool(questions, cards, answers, now).slice(0, area.count)
    : row.kind === 'all' ? questions : filterQuestions(questions, { topic: row.topic });
  const items = drawSession(pool, area.seed, area.count);
  return { ...area, run: sessionRun('quiz', items, area.seed), seed: area.seed + 1 };
}

/** Moves a selection of `count` rows. */
function select(selected: number, command: QuizCommand, count: number, page: number): number {
  const by: Partial<Record<string, number>> = { up: -1, down: 1, pageUp: -page, pageDown: page, first: -Infinity, last: Infinity };
  const move = typeof command === 'string' ? by[command] : undefined;
  return move === undefined ? selected : Math.max(0, Math.min(count - 1, selected + move));
}

function scrollBy(run: QuizRun, command: QuizCommand, page: number, max: number): QuizRun {
  const by: Partial<Record<string, number>> = { scrollUp: -1, scrollDown: 1, pageUp: -page, pageDown: page, first: -Infinity, last: Infinity };
  const move = typeof command === 'string' ? by[command] : undefined;
  return move === undefined ? run : { ...run, scroll: Math.max(0, Math.min(max, Math.min(run.scroll, max) + move)) };
}

const SCROLLS: readonly QuizCommand[] = ['scrollUp', 'scrollDown', 'pageUp', 'pageDown', 'first', 'last'];

/** One command on the quiz area's run. */
function reduceCommand(area: QuizArea, command: QuizCommand, env: QuizEnv, data: QuizViewData): Step {
  const { now } = data;
  const run = area.run;
  if (!run) return { area };
  if (command === 'help') return { area, outcome: { kind: 'help' } };
  if (command === 'quit') return { area, outcome: { kind: 'quit' } };
  const ctx = quizContext({ lang: env.lang, t: uiText(env.lang), width: env.columns, height: bodyHeight(env.rows) });
  const height = windowHeight(ctx);
  const mode = keyModeOf(run);
  if (mode === 'list' && run.kind === 'pick') {
    if (command === 'back') return { area, outcome: { kind: 'back' } };
    if (command === 'submit') return { area: startFrom(area, run.selected, now) };
    return { area: withRun(area, { ...run, selected: select(run.selected, command, pickerRows(area, now).length, height - 1) }) };
  }
  if (run.kind === 'message') {
    if (command === 'back') return { area, outcome: { kind: 'back' } };
    return command === 'submit' && run.message.kind === 'nothingDue' ? { area: backToPicker(area, now) } : { area };
  }
  if (run.kind !== 'session') return { area };
  if (mode === 'list') {
    const links = reviewLinks(run.session);
    const link = links[run.link];
    // A checkpoint leads back to the lessons, not to the topics it was not started from.
    const { checkpoint } = run;
    if (checkpoint && (command === 'back' || (command === 'submit' && !link))) return { area, outcome: { kind: 'lessons', lesson: checkpoint.lesson } };
    if (command === 'back') return run.mode === 'quiz' ? { area: backToPicker(area, now) } : { area, outcome: { kind: 'back' } };
    if (command === 'submit') return link ? { area, outcome: { kind: 'lesson', link } } : { area };
    if (links.length === 0) return { area: withRun(area, scrollBy(run, command === 'up' ? 'scrollUp' : command === 'down' ? 'scrollDown' : command, height - 1, maxScroll(quizScreen(ctx, run, data), height))), isScroll: true };
    return { area: withRun(area, { ...run, link: select(run.link, command, links.length, height - 1) }) };
  }
  if (SCROLLS.includes(command) && (mode !== 'lines' || (command !== 'first' && command !== 'last'))) {
    return { area: withRun(area, scrollBy(run, command, height - 1, maxScroll(quizScreen(ctx, run, data), height))), isScroll: true };
  }
  // Note: a session only starts once the questions are in, so their judges are too.
  if (command === 'back' || area.content.kind !== 'ready') return { area };
  const judges = area.content.content.judges(env.lang);
  const step = reduceSession(run, command as SessionCommand, judges);
  if (!step.given) return { area: withRun(area, step.run) };
  const given = { ...step.given, at: now };
  const saved = answerGiven(withRun(area, step.run), given, localDay(now));
  if (given.question.type !== 'card' || given.answer.type !== 'card') return { area: saved };
  const card = saved.history.cards[given.question.id];
  const due = card ? new Date(card.due).toISOString() : now.toISOString();
  return { area: withRun(saved, { ...step.run, note: { kind: 'rated', rating: given.answer.rating, due } }) };
}

/** The scroll after a command: following the focus, unless the learner scrolled. */
function fitted(area: QuizArea, env: QuizEnv, data: QuizViewData): QuizArea {
  const run = area.run;
  if (!run) return area;
  const ctx = quizContext({ lang: env.lang, t: uiText(env.lang), width: env.columns, height: bodyHeight(env.rows) });
  const screen = quizScreen(ctx, run, { ...data, area });
  const scroll = followFocus(screen, run.scroll, windowHeight(ctx));
  return scroll === run.scroll ? area : withRun(area, { ...run, scroll });
}

const isText = (mode: QuizKeyMode) => mode === 'line' || mode === 'lines';

/**
 * One read from the terminal on a quiz screen: the area after it, and what it asks of the app.
 * Keys typed faster than we read arrive as one chunk (`jj\r`, `answer\r\r`, `\n1` typed
 * before the app took the terminal): each is read in the mode the one before it left, so Enter
 * answers and the next Enter moves on. A chunk counts only when every key in it means
 * something where it lands, so a paste holding a `q` never leaves the screen.
 */
export function quizAreaInput(area: QuizArea, input: string, key: Partial<Key>, env: QuizEnv): { readonly area: QuizArea; readonly outcome?: QuizOutcome } {
  if (!area.run) return { area };
  const now = area.clock();
  const data = (a: QuizArea): QuizViewData => ({ area: a, lessons: env.lessons, now });
  const isChunk = [...input].length > 1 && !key.ctrl && !key.meta;
  let current = area;
  let rest = isChunk ? input : '';
  let reads: (readonly [string, Partial<Key>])[] = isChunk ? [] : [[input, key]];
  for (let guard = 0; guard < 10_000; guard++) {
    const run = current.run;
    if (!run) break;
    const mode = keyModeOf(run);
    if (reads.length === 0) {
      if (rest === '') break;
      if (mode === 'lines') {
        reads = [[rest, {}]];
        rest = '';
      } else {
        const [unit, unitKey, after] = nextKey(rest, mode);
        reads = [[unit, unitKey]];
        rest = after;
      }
    }
    const [text, flags] = reads.shift() ?? ['', {}];
    const commands = quizKeys(mode, text, flags);
    if (isChunk && commands.length === 0 && !isText(mode)) return { area };
    for (const command of commands) {
      const step = reduceCommand(current, command, env, data(current));
      if (step.outcome) return { area: step.area, outcome: step.outcome };
      current = step.isScroll ? step.area : fitted(step.area, env, data(step.area));
    }
  }
  return { area: current };
}
