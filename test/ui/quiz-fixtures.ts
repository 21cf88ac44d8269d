/** Questions of every type and app options with quiz props, for the quiz screen tests. */
import { vi } from 'vitest';
import type { Question } from '../../src/content/types.js';
import type { SessionItem } from '../../src/quiz/index.js';
import type { QuizContent, QuizHistory, QuizProps } from '../../src/ui/state/quiz-types.js';
import type { AppOptions } from '../../src/ui/types.js';
import { appOptions } from './fixtures.js';

const text = (en: string, ko: string) => ({ en, ko });
const common = (id: string, topic: string, syllabus: string) => ({
  id, topic, syllabus, difficulty: 2, exams: ['CKA'], prompt: text(`Prompt of ${id}?`, `${id} 문제?`),
  explanation: text(`Explanation of ${id}.`, `${id} 해설.`), lesson: { id: topic },
});
const choices = (ids: readonly string[]) =>
  ids.map((id) => ({ id, text: text(`Choice ${id.toUpperCase()}`, `보기 ${id.toUpperCase()}`), why: text(`Why ${id}.`, `${id} 이유.`) }));

export const SINGLE = { ...common('q-single', 'pod-basics', 'A1'), type: 'single', answer: 'b', choices: choices(['a', 'b', 'c']) } as unknown as Question;
export const MULTI = { ...common('q-multi', 'probes', 'D1'), type: 'multi', answer: ['a', 'c'], choices: choices(['a', 'b', 'c', 'd']) } as unknown as Question;
export const TRUEFALSE = { ...common('q-tf', 'pod-basics', 'A1'), type: 'truefalse', answer: false, why: text('Because it is not.', '그렇지 않기 때문입니다.') } as unknown as Question;
export const ORDER = {
  ...common('q-order', 'pod-phases', 'B1'), type: 'order', answer: ['s1', 's2', 's3'],
  steps: ['s1', 's2', 's3'].map((id) => ({ id, text: text(`Step ${id}`, `단계 ${id}`) })),
} as unknown as Question;
export const TEXT = { ...common('q-text', 'restart-policy-and-backoff', 'B4'), type: 'text', accept: ['CrashLoopBackOff', '재시작 대기'] } as unknown as Question;
export const COMMAND = {
  ...common('q-command', 'kubectl-for-the-exam', 'I1'), type: 'command', solution: 'kubectl get pods -n dev',
  goal: { pod: 'web' },
} as unknown as Question;
export const YAML = {
  ...common('q-yaml', 'probes', 'D1'), type: 'yaml', starter: 'kind: Pod\nspec:\n  containers: []\n',
  solution: 'kind: Pod\nspec:\n  containers:\n    - image: nginx\n', goal: { pod: 'web' },
} as unknown as Question;
export const PREDICT = {
  ...common('q-predict', 'container-states', 'B2'), type: 'predict', manifest: 'apiVersion: v1\nkind: Pod\n', at: 90, ask: 'status', answer: 'CrashLoopBackOff',
} as unknown as Question;
export const CARD = {
  ...common('q-card', 'pod-basics', 'A1'), type: 'card', answer: text('The model answer.', '모범 답안.'),
  keyPoints: [text('Point one.', '첫째.'), text('Point two.', '둘째.')], wrongAnswer: text('A wrong answer.', '흔한 오답.'),
} as unknown as Question;

export const QUESTIONS: readonly Question[] = [SINGLE, MULTI, TRUEFALSE, ORDER, TEXT, COMMAND, YAML, PREDICT, CARD];

/** The yaml judge of the tests: right when the manifest runs nginx. */
export const CONTENT: QuizContent = {
  questions: QUESTIONS,
  judges: () => ({ yaml: (answer) => ({ correct: /image:\s*nginx/.test(answer), why: 'The simulator says so.' }) }),
};

/** 2025-03-12 (a Wednesday), 10:00 UTC. */
export const NOW = new Date('2025-03-12T10:00:00Z');

export const NO_HISTORY: QuizHistory = { answers: {}, cards: {}, activeDays: [] };

/** An item with its options in their given order. */
export function itemOf(question: Question): SessionItem<Question> {
  const q = question;
  const order = q.type === 'single' || q.type === 'multi' ? q.choices.map((c) => c.id) : q.type === 'order' ? [...q.steps.map((s) => s.id)].reverse() : [];
  return { question, order };
}

/** Quiz props with a pinned clock and a spy for saving. */
export function quizProps(overrides: Partial<QuizProps> = {}): QuizProps {
  return {
    loadContent: vi.fn(async () => CONTENT),
    history: NO_HISTORY,
    onAnswer: vi.fn(),
    now: () => NOW,
    utcOffsetMinutes: 0,
    seed: 7,
    count: 5,
    ...overrides,
  };
}

/** App options opening on a session of these questions (as `podlab quiz` does). */
export function sessionOptions(questions: readonly Question[], overrides: Partial<AppOptions> = {}, mode: 'quiz' | 'interview' = 'quiz'): AppOptions {
  return appOptions({
    initialScreen: { screen: mode },
    quiz: quizProps({ content: CONTENT, start: { mode, items: questions.map(itemOf) } }),
    ...overrides,
  });
}
