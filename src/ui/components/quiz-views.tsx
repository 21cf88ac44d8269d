/**
 * The screens the quiz area draws: Quiz and Interview (raw keys, since answers are typed), the
 * progress dashboard (intents), and the help overlay over any of them (intents).
 */
import type { Key } from 'ink';
import { useIntentInput } from '../hooks/use-intent-input.js';
import { useQuizInput } from '../hooks/use-quiz-input.js';
import type { Intent } from '../keys.js';
import type { TerminalSize } from '../layout.js';
import type { Entry } from '../state/nav-state.js';
import type { QuizArea } from '../state/quiz-area.js';
import { keyModeOf } from '../state/quiz-input.js';
import type { AppData } from '../types.js';
import { headerLine, helpFooter } from '../views/chrome.js';
import type { ViewContext } from '../views/context.js';
import { dashboardBody } from '../views/dashboard.js';
import { quizFooter, quizHelpLines, type QuizKeySet } from '../views/quiz-keys-help.js';
import { quizContext } from '../views/quiz-parts.js';
import { quizBody } from '../views/quiz-screen.js';
import { Frame } from './frame.js';

/** Props of `QuizViews`. */
export interface QuizViewsProps {
  readonly ctx: ViewContext;
  readonly size: TerminalSize;
  readonly entry: Entry;
  /** With the progress figures as they are now. */
  readonly data: AppData;
  readonly quiz: QuizArea;
  /** The help overlay is up over the screen. */
  readonly isHelp: boolean;
  readonly isActive: boolean;
  readonly onIntent: (intent: Intent) => void;
  /** Raw keys on the Quiz and Interview screens. */
  readonly onQuizKey: (input: string, key: Key) => void;
}

export function QuizViews(props: QuizViewsProps) {
  const { ctx, size, entry, data, quiz } = props;
  const isDashboard = entry.target.screen === 'progress';
  const run = quiz.run;
  const set: QuizKeySet = isDashboard ? 'dashboard' : !run ? 'message' : run.kind === 'session' && run.session.phase === 'done' ? 'summary' : keyModeOf(run);
  useIntentInput(props.onIntent, { isActive: props.isActive && (props.isHelp || isDashboard) });
  useQuizInput(props.onQuizKey, { isActive: props.isActive && !props.isHelp && !isDashboard });
  const header = headerLine(ctx, entry.target, data.lessons);
  if (props.isHelp) return <Frame size={size} header={header} body={quizHelpLines(ctx, set)} footer={helpFooter(ctx)} />;
  const view = { area: quiz, lessons: data.lessons, now: quiz.clock() };
  const body = isDashboard
    ? dashboardBody(ctx, view, data.progress, data.isLoadingLessons, quiz.dashboardScroll)
    : run ? quizBody(quizContext(ctx), run, view) : [];
  return <Frame size={size} header={header} body={body} footer={quizFooter(ctx, set)} />;
}
