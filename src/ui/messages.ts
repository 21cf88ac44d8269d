/**
 * Every string the app shell shows, in English and Korean. Kubernetes and kubectl terms stay as
 * kubectl prints them; command lines stay in English.
 */
import { translator, type Lang, type Messages } from '../i18n/index.js';

const en = {
  'app.name': 'podlab',
  'app.tooSmall': 'Make the terminal bigger (at least {columns}x{rows}).',

  'screen.home': 'Home',
  'screen.lessons': 'Lessons',
  'screen.lesson': 'Lesson',
  'screen.progress': 'Progress',
  'screen.settings': 'Settings',
  'screen.quiz': 'Quiz',
  'screen.lab': 'Lab',
  'screen.interview': 'Interview',
  'screen.drills': 'CKA drills',
  'menu.continue': 'Continue',

  'home.resume': 'Pick up where you left off: {title}',
  'home.next': 'Start the next lesson you have not finished: {title}',
  'home.allDone': 'Nothing to continue: every lesson is done. Open Lessons to read one again.',
  'home.noLessons': 'Nothing to continue: no lessons are installed. Run podlab validate in your shell to check the content.',
  'home.loading': 'Loading lessons…',
  'home.lessonsLoading': 'Read the lessons, module by module. Loading lessons…',
  'home.lessons': 'Read the lessons, module by module ({done} of {total} done).',
  'home.lab': 'A kubectl sandbox over a simulated cluster.',
  'home.quiz': 'Questions on Pods; the ones you miss come back later.',
  'home.interview': 'Interview questions as cards, repeated at growing intervals.',
  'home.drills': 'Hands-on CKA tasks, checked against the simulated cluster.',
  'home.progress': 'Lessons done, answers, reviews due and your streak.',
  'home.settings': 'Language, and where your progress is kept.',

  'lessons.title': 'Lessons: {done} of {total} done',
  'lessons.position': '{n}/{total}',
  'lessons.minutes': '{n} min',
  'lessons.empty': 'No lessons are installed. Run podlab validate in your shell to check the content.',
  'lessons.loading': 'Loading lessons…',
  'lessons.module': 'Module {letter}',

  'lesson.meta': 'Module {letter}: {module}. About {minutes} min, {pages} pages.',
  'lesson.done': 'You have finished this lesson.',
  'lesson.coming': 'The lesson reader is not available yet: a later version shows the pages here. Until then, the list shows every lesson and what it covers.',
  'lesson.missing': 'There is no lesson with the id "{id}". Press Esc and pick one from the list.',

  'unavailable.title': '{screen}: not available yet',
  'unavailable.quiz': 'The quiz will ask questions of every kind about Pods, grade your answers and bring back the ones you missed, spaced out over days.',
  'unavailable.lab': 'The lab will give you a kubectl prompt over a simulated cluster: apply a Pod and watch it start, crash and restart, minute by minute, in seconds.',
  'unavailable.interview': 'Interview cards: read a question, answer it in your head, then compare with a model answer. Cards you find hard come back sooner.',
  'unavailable.drills': 'CKA drills: timed hands-on tasks like the exam, checked against the simulated cluster.',
  'unavailable.later': 'This part comes in a later version of podlab.',
  'unavailable.now': 'What you can do now:',
  'unavailable.tryLessons': 'Open Lessons on the home screen to see what each lesson covers.',
  'unavailable.tryValidate': 'Run podlab validate in your shell to check the content.',

  'progress.lessons': 'Lessons done: {done} of {total}',
  'progress.lessonsLoading': 'Lessons done: {done} (loading lessons…)',
  'progress.lessonsWhy': 'Lessons you have read to the end.',
  'progress.questions': 'Questions answered: {answered}, {correct} correct',
  'progress.questionsWhy': 'Quiz questions you have answered, and how many were right.',
  'progress.due': 'Reviews due: {due}',
  'progress.dueWhy': 'Questions the review schedule brings back today.',
  'progress.streak': 'Streak: {days} days',
  'progress.streakOne': 'Streak: 1 day',
  'progress.streakWhy': 'Days in a row on which you studied.',
  'progress.file': 'Progress file:',
  'progress.fileWhy': 'podlab progress export makes a copy of it.',

  'settings.language': 'Language',
  'settings.languageHint': 'Enter or Left/Right changes the language; it is saved at once.',
  'settings.file': 'Progress file:',

  'notices.title': 'Please note',
  'notices.dismiss': 'Press any key to continue.',

  'help.title': 'Keys on this screen',
  'help.move': 'Move the selection',
  'help.jump': 'First / last item',
  'help.page': 'Page up / page down',
  'help.open': 'Open the selected item',
  'help.change': 'Change the selected setting',
  'help.back': 'Go back',
  'help.quit': 'Quit podlab',
  'help.help': 'Show or hide this help',
  'help.ctrlc': 'Leave podlab from any screen',

  'hint.move': 'move',
  'hint.open': 'open',
  'hint.change': 'change',
  'hint.back': 'back',
  'hint.quit': 'quit',
  'hint.help': 'help',
  'hint.close': 'close help',
  'hint.any': 'any key: continue',
} as const;

type Key = keyof typeof en;

const ko: Record<Key, string> = {
  'app.name': 'podlab',
  'app.tooSmall': '터미널 창을 더 키워 주세요 (최소 {columns}x{rows}).',

  'screen.home': '홈',
  'screen.lessons': '레슨',
  'screen.lesson': '레슨',
  'screen.progress': '진행 상황',
  'screen.settings': '설정',
  'screen.quiz': '퀴즈',
  'screen.lab': '실습장',
  'screen.interview': '면접 대비',
  'screen.drills': 'CKA 실습 과제',
  'menu.continue': '이어서 하기',

  'home.resume': '지난번에 보던 곳부터: {title}',
  'home.next': '아직 끝내지 않은 다음 레슨: {title}',
  'home.allDone': '이어서 할 레슨이 없습니다. 모든 레슨을 마쳤어요. 다시 읽으려면 레슨 목록을 여세요.',
  'home.noLessons': '이어서 할 레슨이 없습니다. 설치된 레슨이 없어요. 셸에서 podlab validate로 콘텐츠를 확인해 보세요.',
  'home.loading': '레슨을 불러오는 중…',
  'home.lessonsLoading': '모듈별로 레슨을 읽습니다. 레슨을 불러오는 중…',
  'home.lessons': '모듈별로 레슨을 읽습니다 ({total}개 중 {done}개 완료).',
  'home.lab': '시뮬레이션 클러스터에서 kubectl을 마음껏 써 보는 실습장.',
  'home.quiz': 'Pod 문제 풀이. 틀린 문제는 나중에 다시 나옵니다.',
  'home.interview': '면접 질문 카드를 점점 긴 간격으로 복습합니다.',
  'home.drills': '시뮬레이션 클러스터로 채점하는 CKA 실습 과제.',
  'home.progress': '완료한 레슨, 푼 문제, 복습할 문제, 연속 학습일.',
  'home.settings': '언어 설정과 진행 기록 파일 위치.',

  'lessons.title': '레슨: {total}개 중 {done}개 완료',
  'lessons.position': '{n}/{total}',
  'lessons.minutes': '{n}분',
  'lessons.empty': '설치된 레슨이 없습니다. 셸에서 podlab validate로 콘텐츠를 확인해 보세요.',
  'lessons.loading': '레슨을 불러오는 중…',
  'lessons.module': '{letter} 모듈',

  'lesson.meta': '{letter} 모듈: {module}. 약 {minutes}분, {pages}쪽.',
  'lesson.done': '다 읽은 레슨입니다.',
  'lesson.coming': '레슨 본문 보기는 아직 준비 중입니다. 다음 버전부터 여기서 본문을 읽을 수 있어요. 지금은 레슨 목록에서 각 레슨이 다루는 내용을 볼 수 있습니다.',
  'lesson.missing': '"{id}" 레슨을 찾을 수 없습니다. Esc를 누르고 목록에서 골라 주세요.',

  'unavailable.title': '{screen}: 아직 준비 중',
  'unavailable.quiz': '퀴즈에서는 Pod에 관한 여러 유형의 문제를 풀고 바로 채점받습니다. 틀린 문제는 며칠 간격을 두고 다시 나옵니다.',
  'unavailable.lab': '실습장에서는 시뮬레이션 클러스터에 kubectl 명령을 직접 입력합니다. Pod를 apply하고, 시작하고 크래시 나고 재시작하는 과정을 몇 초 만에 분 단위로 지켜볼 수 있어요.',
  'unavailable.interview': '면접 카드: 질문을 읽고 머릿속으로 답해 본 뒤 모범 답안과 비교합니다. 어려웠던 카드는 더 빨리 다시 나옵니다.',
  'unavailable.drills': 'CKA 실습 과제: 실제 시험처럼 시간을 재며 푸는 실습 문제로, 시뮬레이션 클러스터에서 채점합니다.',
  'unavailable.later': '이 기능은 podlab 다음 버전에 추가됩니다.',
  'unavailable.now': '지금 할 수 있는 것:',
  'unavailable.tryLessons': '홈 화면에서 레슨을 열어 레슨별로 다루는 내용 보기',
  'unavailable.tryValidate': '셸에서 podlab validate를 실행해 콘텐츠 점검하기',

  'progress.lessons': '완료한 레슨: {total}개 중 {done}개',
  'progress.lessonsLoading': '완료한 레슨: {done}개 (레슨 목록을 불러오는 중…)',
  'progress.lessonsWhy': '끝까지 읽은 레슨 수입니다.',
  'progress.questions': '푼 문제: {answered}개 (정답 {correct}개)',
  'progress.questionsWhy': '지금까지 답한 퀴즈 문제와 그중 맞힌 문제 수입니다.',
  'progress.due': '복습할 문제: {due}개',
  'progress.dueWhy': '복습 일정에 따라 오늘 다시 풀 문제입니다.',
  'progress.streak': '연속 학습: {days}일',
  'progress.streakOne': '연속 학습: 1일',
  'progress.streakWhy': '하루도 빠짐없이 공부한 날이 며칠째인지 보여 줍니다.',
  'progress.file': '진행 기록 파일:',
  'progress.fileWhy': 'podlab progress export로 사본을 만들 수 있습니다.',

  'settings.language': '언어 (Language)',
  'settings.languageHint': 'Enter나 왼쪽/오른쪽 화살표로 언어를 바꾸면 바로 저장됩니다.',
  'settings.file': '진행 기록 파일:',

  'notices.title': '알림',
  'notices.dismiss': '아무 키나 누르면 계속합니다.',

  'help.title': '이 화면에서 쓰는 키',
  'help.move': '선택 항목 이동',
  'help.jump': '맨 처음 / 맨 끝 항목으로',
  'help.page': '한 페이지 위 / 아래로',
  'help.open': '선택한 항목 열기',
  'help.change': '선택한 설정 바꾸기',
  'help.back': '이전 화면으로',
  'help.quit': 'podlab 종료',
  'help.help': '이 도움말 열기/닫기',
  'help.ctrlc': '어느 화면에서든 podlab 종료',

  'hint.move': '이동',
  'hint.open': '열기',
  'hint.change': '바꾸기',
  'hint.back': '뒤로',
  'hint.quit': '종료',
  'hint.help': '도움말',
  'hint.close': '도움말 닫기',
  'hint.any': '아무 키: 계속',
};

/** A message key of the app shell. */
export type UiKey = Key;

export const UI_MESSAGES: Messages<UiKey> = { en, ko };

/** `uiText(lang)('key', {n: 3})` */
export const uiText = translator(UI_MESSAGES);

/** A translate function bound to one language. */
export type Translate = ReturnType<typeof uiText>;

/** Names of the languages, each in its own language, for the language setting. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ko: '한국어' };
