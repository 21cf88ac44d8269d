import { translator, type Messages } from '../i18n/index.js';

/** Learner-facing text of `podlab exam`. */
type Key =
  | 'started' | 'contexts' | 'jumped' | 'tableHeader' | 'notStarted' | 'workedOn' | 'flagged' | 'timeLeft' | 'howTo'
  | 'taskHeader' | 'switched' | 'flagOn' | 'flagOff' | 'timeUp'
  | 'submitted' | 'resultHeader' | 'domainHeader' | 'byDomain' | 'passed' | 'failed' | 'missing' | 'missingLine'
  | 'saved' | 'notSaved' | 'review' | 'solutions' | 'skippedTask'
  | 'noExam' | 'running' | 'noDrills' | 'badMinutes' | 'badSeed' | 'badTask' | 'badSub' | 'needTask' | 'tooMany' | 'startFlags';

export const EXAM_MESSAGES: Messages<Key> = {
  en: {
    started: 'Mock exam: {n} tasks in {minutes} minutes, pass line {pass}%. Time is up at {end}.',
    contexts: 'Each task has its own cluster: task N is done in context exam-N, as the real exam names one per task.',
    jumped: 'The cluster clock moved ahead {by} so the setups have had a minute to settle.',
    tableHeader: 'TASK\tCONTEXT\tPOINTS\tSTATUS\tFLAG',
    notStarted: 'not started',
    workedOn: 'worked on',
    flagged: 'flagged',
    timeLeft: 'Time left: {left} (until {end}).',
    howTo: [
      'Work in your own shell:',
      '  podlab exam task N      show task N; podlab kubectl switches to its context',
      "  podlab kubectl ...      work on that cluster (alias k='podlab kubectl'); podlab clock +2m lets time pass",
      '  podlab exam flag N      flag task N to come back to (again to unflag)',
      '  podlab exam             this list and the time left',
      '  podlab exam submit      end the exam and see your score',
    ].join('\n'),
    taskHeader: 'Task {n} of {of} · {points} points · context {context}',
    switched: 'podlab kubectl now uses context "{context}" (podlab kubectl config use-context {context}).',
    flagOn: 'Task {n} is flagged.',
    flagOff: 'Task {n} is no longer flagged.',
    timeUp: 'Time is up: the exam was graded as each cluster stood at {end}.',
    submitted: 'Exam submitted: each task was graded on a copy of its cluster after letting its checks\' time pass.',
    resultHeader: 'TASK\tDRILL\tDOMAIN\tPOINTS\tSCORE',
    domainHeader: 'DOMAIN\tPOINTS\tSCORE',
    byDomain: 'By domain:',
    passed: 'Total {percent}%: passed (pass line {pass}%).',
    failed: 'Total {percent}%: not passed (pass line {pass}%).',
    missing: 'What was missing:',
    missingLine: '  task {n} ({id}): {message}',
    saved: 'Saved to your progress (podlab progress).',
    notSaved: 'Your progress could not be saved.',
    review: '{n} task(s) not fully solved are now in your review schedule.',
    solutions: 'podlab drill ID --solution shows a reference solution; podlab drill ID sets a task up again.',
    skippedTask: 'Task {n} ({id}) is no longer in the content and was left out of the score.',
    noExam: 'No exam is running. podlab exam starts one.',
    running: 'An exam is already running (until {end}). podlab exam shows it; podlab exam submit ends it.',
    noDrills: 'No drills can be drawn from the content, so there is no exam to start.',
    badMinutes: "--minutes takes a whole number of minutes from 1 to 180, not '{value}'.",
    badSeed: "--seed takes a whole number, not '{value}'.",
    badTask: "There is no task '{value}': this exam has tasks 1 to {of}.",
    badSub: "Unknown exam command '{value}'. Usage: {usage}",
    needTask: 'Name the task: podlab exam {sub} N.',
    tooMany: 'Too many arguments. Usage: {usage}',
    startFlags: '--minutes and --seed only apply when an exam starts.',
  },
  ko: {
    started: '모의고사: {minutes}분 동안 과제 {n}개, 합격선 {pass}%. {end}에 시간이 끝납니다.',
    contexts: '과제마다 클러스터가 따로 있습니다. 실제 시험처럼 과제 N은 컨텍스트 exam-N에서 풉니다.',
    jumped: 'setup이 1분 동안 자리 잡도록 클러스터 시계를 {by} 앞으로 돌렸습니다.',
    tableHeader: '과제\t컨텍스트\t배점\t상태\t표시',
    notStarted: '시작 안 함',
    workedOn: '작업함',
    flagged: '표시됨',
    timeLeft: '남은 시간: {left} ({end}까지).',
    howTo: [
      '내 셸에서 작업하세요:',
      '  podlab exam task N      과제 N 보기 (podlab kubectl이 그 컨텍스트로 바뀝니다)',
      "  podlab kubectl ...      그 클러스터에서 작업 (alias k='podlab kubectl'); podlab clock +2m으로 시간 흘려보내기",
      '  podlab exam flag N      나중에 다시 볼 과제 N 표시 (한 번 더 하면 해제)',
      '  podlab exam             이 목록과 남은 시간',
      '  podlab exam submit      시험을 끝내고 점수 보기',
    ].join('\n'),
    taskHeader: '과제 {n}/{of} · {points}점 · 컨텍스트 {context}',
    switched: '이제 podlab kubectl이 컨텍스트 "{context}"를 씁니다 (podlab kubectl config use-context {context}).',
    flagOn: '과제 {n}에 표시를 했습니다.',
    flagOff: '과제 {n}의 표시를 해제했습니다.',
    timeUp: '시간이 끝났습니다. 각 클러스터를 {end} 시점 그대로 채점했습니다.',
    submitted: '시험을 제출했습니다. 과제마다 클러스터 사본에서 검사에 필요한 시간을 흘려보낸 뒤 채점했습니다.',
    resultHeader: '과제\t드릴\t영역\t배점\t점수',
    domainHeader: '영역\t배점\t점수',
    byDomain: '영역별:',
    passed: '총점 {percent}%: 합격입니다 (합격선 {pass}%).',
    failed: '총점 {percent}%: 불합격입니다 (합격선 {pass}%).',
    missing: '부족했던 부분:',
    missingLine: '  과제 {n} ({id}): {message}',
    saved: '진행 상황에 저장했습니다 (podlab progress).',
    notSaved: '진행 상황을 저장하지 못했습니다.',
    review: '완전히 풀지 못한 과제 {n}개를 복습 일정에 넣었습니다.',
    solutions: 'podlab drill ID --solution으로 모범 답안을 보고, podlab drill ID로 과제를 다시 준비할 수 있습니다.',
    skippedTask: '과제 {n}({id})은 콘텐츠에 더 이상 없어서 점수에서 뺐습니다.',
    noExam: '진행 중인 시험이 없습니다. podlab exam으로 시작하세요.',
    running: '이미 시험이 진행 중입니다({end}까지). podlab exam으로 보고, podlab exam submit으로 끝내세요.',
    noDrills: '콘텐츠에서 뽑을 수 있는 드릴이 없어서 시험을 시작할 수 없습니다.',
    badMinutes: "--minutes에는 1에서 180 사이의 정수(분)를 주세요. '{value}'는 쓸 수 없습니다.",
    badSeed: "--seed에는 정수를 주세요. '{value}'는 쓸 수 없습니다.",
    badTask: "'{value}' 과제가 없습니다. 이 시험의 과제는 1부터 {of}까지입니다.",
    badSub: "'{value}'는 알 수 없는 exam 명령입니다. 사용법: {usage}",
    needTask: '과제 번호를 주세요: podlab exam {sub} N.',
    tooMany: '인자가 너무 많습니다. 사용법: {usage}',
    startFlags: '--minutes와 --seed는 시험을 시작할 때만 쓸 수 있습니다.',
  },
};

/** `examText(lang)(key, vars)`. */
export const examText = translator(EXAM_MESSAGES);

export type ExamTranslate = ReturnType<typeof examText>;

/** The syntax of `podlab exam`, as the help and the errors show it. */
export const EXAM_USAGE = 'podlab exam [--minutes N] [--seed N] | exam task N | exam flag N | exam submit';
