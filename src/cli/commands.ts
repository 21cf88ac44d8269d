import type { Lang } from '../i18n/index.js';
import type { FlagSpec } from './args.js';
import type { CommandRun } from './context.js';

/** One public command of DESIGN.md. `load` is a dynamic import so nothing unused is parsed. */
export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly summary: Readonly<Record<Lang, string>>;
  readonly flags: readonly FlagSpec[];
  /** Positional arguments allowed: [min, max]; max Infinity for FILE... */
  readonly arity: readonly [number, number];
  /** Arguments after the command are passed through untouched (kubectl's own flags). */
  readonly isRaw?: boolean;
  readonly load: () => Promise<{ run: CommandRun }>;
}

export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: 'lang', kind: 'string' },
  { name: 'no-color', kind: 'boolean' },
  { name: 'help', kind: 'boolean' },
  { name: 'version', kind: 'boolean' },
  { name: 'content', kind: 'list' },
];

const json: FlagSpec = { name: 'json', kind: 'boolean' };

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'lessons', usage: 'podlab lessons [--json]', arity: [0, 0], flags: [json],
    summary: { en: 'list the lessons and your progress', ko: '레슨 목록과 진행 상황 보기' },
    load: () => import('../commands/lessons.js'),
  },
  {
    name: 'lesson', usage: 'podlab lesson ID', arity: [1, 1], flags: [],
    summary: { en: 'open the app at a lesson', ko: '레슨 하나를 바로 열기' },
    load: () => import('../commands/app.js'),
  },
  {
    name: 'quiz', usage: 'podlab quiz [--topic T] [--count N] [--review] [--seed N] [--plain]', arity: [0, 0],
    flags: [{ name: 'topic', kind: 'string' }, { name: 'count', kind: 'string' }, { name: 'review', kind: 'boolean' },
      { name: 'seed', kind: 'string' }, { name: 'plain', kind: 'boolean' }],
    summary: { en: 'practise with questions; --plain for screen readers and pipes', ko: '문제 풀기 (--plain: 화면 낭독기와 파이프용)' },
    load: () => import('../commands/quiz.js'),
  },
  {
    name: 'interview', usage: 'podlab interview [--topic T] [--count N] [--seed N] [--plain]', arity: [0, 0],
    flags: [{ name: 'topic', kind: 'string' }, { name: 'count', kind: 'string' }, { name: 'seed', kind: 'string' }, { name: 'plain', kind: 'boolean' }],
    summary: { en: 'interview cards with spaced repetition', ko: '면접 카드 (간격 반복)' },
    load: () => import('../commands/interview.js'),
  },
  {
    name: 'drill',
    usage: 'podlab drill [ID] | drill --task | drill --hint | drill --check | drill --solution [ID] | drill --give-up',
    arity: [0, 1],
    flags: ['task', 'hint', 'check', 'solution', 'give-up'].map((name): FlagSpec => ({ name, kind: 'boolean' })),
    summary: {
      en: 'CKA hands-on tasks from your shell: set one up, solve it with podlab kubectl, --check',
      ko: 'CKA 실습 과제: 준비하고, podlab kubectl로 풀고, --check로 채점',
    },
    load: () => import('../commands/drill.js'),
  },
  {
    name: 'exam', usage: 'podlab exam [--minutes N] [--seed N] | exam task N | exam flag N | exam submit', arity: [0, 2],
    flags: [{ name: 'minutes', kind: 'string' }, { name: 'seed', kind: 'string' }],
    summary: {
      en: 'a timed mock CKA exam: a context per task, flags, a score per domain',
      ko: '시간 제한 CKA 모의고사: 과제마다 컨텍스트, 표시, 영역별 점수',
    },
    load: () => import('../commands/exam.js'),
  },
  {
    name: 'lab', usage: 'podlab lab [SCENARIO]', arity: [0, 1], flags: [],
    summary: { en: 'a kubectl prompt over a live simulated cluster, with guided scenarios', ko: '시뮬레이션 클러스터 위의 kubectl 실습장 (안내형 시나리오 포함)' },
    load: () => import('../commands/app.js'),
  },
  {
    name: 'kubectl', usage: 'podlab kubectl ARGS...', arity: [0, Infinity], flags: [], isRaw: true,
    summary: { en: 'the simulated cluster from your own shell (kubectl reset starts over)', ko: '내 셸에서 쓰는 시뮬레이션 클러스터 (kubectl reset: 처음부터)' },
    load: () => import('../commands/kubectl.js'),
  },
  {
    name: 'clock', usage: 'podlab clock [+DURATION | xSPEED]', arity: [0, 1], flags: [], isRaw: true,
    summary: { en: "show or move the simulated cluster's clock", ko: '시뮬레이션 클러스터의 시계 보기/앞으로 돌리기' },
    load: () => import('../commands/clock.js'),
  },
  {
    name: 'sim', usage: 'podlab sim FILE... [--for DURATION] [--json] [--seed N] [--start RFC3339]', arity: [1, Infinity],
    flags: [{ name: 'for', kind: 'string' }, json, { name: 'seed', kind: 'string' }, { name: 'start', kind: 'string' }],
    summary: { en: 'simulate Pods from YAML, minute by minute', ko: 'YAML의 Pod를 시간 순서대로 시뮬레이션' },
    load: () => import('../commands/sim.js'),
  },
  {
    name: 'explain', usage: 'podlab explain FILE|- [--json] [--now RFC3339]', arity: [1, 1],
    flags: [json, { name: 'now', kind: 'string' }],
    summary: { en: 'explain a Pod from kubectl get pod -o yaml', ko: 'kubectl get pod -o yaml 결과를 해설' },
    load: () => import('../commands/explain.js'),
  },
  {
    name: 'validate', usage: 'podlab validate [DIR] [--json]', arity: [0, 1], flags: [json],
    summary: { en: 'check lesson, quiz and drill content', ko: '레슨·퀴즈·드릴 콘텐츠 검사' },
    load: () => import('../commands/validate.js'),
  },
  {
    name: 'progress', usage: 'podlab progress [--json] | progress export [FILE] | progress import FILE | progress reset [--yes]',
    arity: [0, 2], flags: [json, { name: 'yes', kind: 'boolean' }],
    summary: { en: 'show, export, import or reset your progress', ko: '진행 상황 보기·내보내기·가져오기·초기화' },
    load: () => import('../commands/progress.js'),
  },
];

/** Commands that DESIGN.md writes as `progress export` etc., also accepted on their own. */
export const PROGRESS_ALIASES: readonly string[] = ['export', 'import', 'reset'];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
