/** The app shell: one Ink tree for the whole session; screens switch inside it. */
import { useApp, type Key } from 'ink';
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer } from 'react';
import { assertNever } from '../util/assert-never.js';
import { Frame } from './components/frame.js';
import { HelpView, NoticesView, ScreenView, TooSmallView } from './components/views.js';
import { headerLine } from './views/chrome.js';
import { QuizViews } from './components/quiz-views.js';
import { useQuizAnswers } from './hooks/use-quiz-answers.js';
import { useQuizContent } from './hooks/use-quiz-content.js';
import { useLessonFile } from './hooks/use-lesson-file.js';
import { useReportChange } from './hooks/use-report-change.js';
import { useReportProgress } from './hooks/use-report-progress.js';
import { useStepWork } from './hooks/use-step-work.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { Intent } from './keys.js';
import { bodyHeight, isTooSmall, MIN_SIZE } from './layout.js';
import { uiText } from './messages.js';
import { createAppReducer, initAppState, type AppState } from './state/app-state.js';
import { withProgress, type ProgressMap } from './state/lesson-progress.js';
import { topOf } from './state/nav-state.js';
import { hasNewNotices } from './state/notice-state.js';
import type { StepRequest, StepResult } from './state/step-state.js';
import type { ContentResult } from './state/quiz-area.js';
import { isQuizScreen, withQuizProgress } from './state/quiz-app.js';
import type { AppData, AppOptions, LessonLoad } from './types.js';

/** The Lab and the CKA drills' screens, loaded when one first opens: the first frame does not wait for them. */
const LabViews = lazy(async () => ({ default: (await import('./components/lab-views.js')).LabViews }));

/** The lesson whose file the reader waits for, if any. */
function lessonToRead(state: AppState): string | undefined {
  const { target } = topOf(state);
  const { reader } = state;
  return target.screen === 'lesson' && reader !== undefined && reader.id === target.id && !reader.load ? reader.id : undefined;
}

/** The app's data with the lessons finished this session counted as done. */
function dataNow(props: AppOptions, lessonProgress: ProgressMap): AppData {
  const lessons = withProgress(props.lessons, lessonProgress);
  if (lessons === props.lessons) return { ...props, lessonProgress };
  const finished = lessons.filter((l, i) => l.done && !props.lessons[i]?.done).length;
  const { progress } = props;
  const done = Math.min(progress.lessons.total, progress.lessons.done + finished);
  return { ...props, lessons, lessonProgress, progress: { ...progress, lessons: { ...progress.lessons, done } } };
}

/**
 * The whole app. Keys become intents and go to one reducer (`state/app-state.ts`); what the
 * caller must hear about (language, visits, leaving) is reported from effects after a render.
 * New props (the lessons arriving after the first frame, more notices) update the state in place.
 */
export function App(props: AppOptions) {
  const size = useTerminalSize();
  const reducer = useMemo(() => createAppReducer(props.lessons), [props.lessons]);
  const [state, dispatch] = useReducer(reducer, undefined, () => initAppState(props, size.rows));
  const { exit } = useApp();

  // Note: dispatched while rendering, as React advises for state that follows props: React
  // renders again at once, so no frame shows the lessons over lists built without them.
  if (state.isLoadingLessons && !props.isLoadingLessons) dispatch({ type: 'lessonsLoaded', rows: size.rows });
  if (hasNewNotices(state, props.notices)) dispatch({ type: 'notices', notices: props.notices });
  // Each answer leaves for the store before anything else the same render may do (such as exit).
  useQuizAnswers(state.quiz.given, props.quiz?.onAnswer);

  useEffect(() => {
    if (state.isDone) exit();
  }, [state.isDone, exit]);
  useReportChange(state.lang, props.lang, props.onLangChange);
  useReportChange(state.lastVisited, props.lastVisited, (v) => {
    if (v && v.screen === 'lesson') props.onVisit({ ...v, screen: 'lesson' });
  });
  useReportProgress(state.progress, props.onLessonProgress);
  const onLessonFile = useCallback((id: string, load: LessonLoad) => dispatch({ type: 'lessonFile', id, load }), []);
  useLessonFile(lessonToRead(state), props.loadLesson, onLessonFile);
  const onQuizContent = useCallback((result: ContentResult) => dispatch({ type: 'quizContent', result }), []);
  useQuizContent(state.quiz.content, props.quiz?.loadContent, onQuizContent);
  const data = useMemo(() => withQuizProgress(dataNow(props, state.progress), state.quiz), [props, state.progress, state.quiz]);

  const onIntent = useCallback(
    (intent: Intent) => dispatch({ type: 'intent', intent, columns: size.columns, rows: size.rows }),
    [size.columns, size.rows],
  );
  const onDismiss = useCallback(() => dispatch({ type: 'dismissNotices' }), []);
  const onBack = useCallback(() => onIntent('back'), [onIntent]);
  const onScreenKey = useCallback(
    (input: string, key: Key) => dispatch({ type: 'screenKey', input, key: { ...key }, columns: size.columns, rows: size.rows }),
    [size.columns, size.rows],
  );
  const onStepResult = useCallback((request: StepRequest, result: StepResult) => dispatch({ type: 'stepResult', request, result }), []);
  useStepWork(state.reader?.step, props.editor, onStepResult);
  const onQuizKey = useCallback(
    (input: string, key: Key) => dispatch({ type: 'quizInput', input, key: { ...key }, columns: size.columns, rows: size.rows }),
    [size.columns, size.rows],
  );

  const t = uiText(state.lang);
  if (isTooSmall(size)) {
    return <TooSmallView text={t('app.tooSmall', MIN_SIZE)} size={size} onIntent={onIntent} />;
  }
  const ctx = { lang: state.lang, t, width: size.columns, height: bodyHeight(size.rows) };
  const common = { ctx, size, entry: topOf(state), data, reader: state.reader, onIntent };
  // After q or Ctrl+C nothing more is read while Ink unmounts.
  const isActive = !state.isDone;
  const screen = common.entry.target.screen;
  if (state.overlay === 'none' && (screen === 'lab' || screen === 'drills') && props.lab) {
    return (
      <Suspense fallback={<Frame size={size} header={headerLine(ctx, common.entry.target, data.lessons)} body={[]} footer={[]} />}>
        <LabViews ctx={ctx} size={size} mode={screen} openId={common.entry.target.id} lab={props.lab} isActive={isActive} onBack={onBack} />
      </Suspense>
    );
  }
  if (state.overlay !== 'notices' && isQuizScreen(state.quiz, common.entry.target.screen)) {
    return <QuizViews {...common} quiz={state.quiz} isHelp={state.overlay === 'help'} isActive={isActive} onQuizKey={onQuizKey} />;
  }
  switch (state.overlay) {
    case 'notices':
      return <NoticesView {...common} notices={state.notices} isActive={isActive} onDismiss={onDismiss} />;
    case 'help':
      return <HelpView {...common} isActive={isActive} />;
    case 'none':
      return <ScreenView {...common} isActive={isActive} lastVisited={state.lastVisited} onKey={onScreenKey} />;
    default:
      return assertNever(state.overlay);
  }
}
