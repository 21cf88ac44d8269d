import type { QuizQuestion } from '../../src/quiz/index.js';

// One small question of every type, in the shape the content loader produces.
const text = (en: string, ko = en) => ({ en, ko });
const common = (id: string, topic = 'pod-basics', syllabus = 'A1') => ({
  id, topic, syllabus, difficulty: 1, exams: ['CKA'], prompt: text(`prompt of ${id}`), explanation: text(`explanation of ${id}`),
});

export const single = {
  ...common('q-single'), type: 'single', answer: 'b', lesson: { id: 'pod-basics', page: 'shared' },
  choices: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: text(`choice ${id}`), why: text(`why ${id}`) })),
} as const satisfies QuizQuestion;

export const multi = {
  ...common('q-multi', 'probes', 'D1'), type: 'multi', answer: ['a', 'c'],
  choices: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: text(`choice ${id}`), why: text(`why ${id}`) })),
} as const satisfies QuizQuestion;

export const truefalse = { ...common('q-tf'), type: 'truefalse', answer: false, why: text('because') } as const satisfies QuizQuestion;

export const order = {
  ...common('q-order', 'restart-policy-and-backoff', 'B4'), type: 'order', answer: ['s1', 's2', 's3', 's4'],
  steps: ['s1', 's2', 's3', 's4'].map((id) => ({ id, text: text(`step ${id}`) })),
} as const satisfies QuizQuestion;

export const textQ = {
  ...common('q-text', 'restart-policy-and-backoff', 'B4'), type: 'text', accept: ['CrashLoopBackOff', 'Back-off restarting', '재시작 대기', '300'],
} as const satisfies QuizQuestion;

export const command = {
  ...common('q-command', 'kubectl-for-the-exam', 'I1'), type: 'command', solution: 'kubectl run web --image=nginx:1.25 --labels=tier=front',
} as const satisfies QuizQuestion;

export const yamlQ = { ...common('q-yaml', 'probes', 'D1'), type: 'yaml', starter: 'kind: Pod\n', solution: 'kind: Pod\n' } as const satisfies QuizQuestion;

export const predictStatus = {
  ...common('q-predict'), type: 'predict', manifest: 'kind: Pod\n', at: 60, ask: 'status', answer: 'CrashLoopBackOff',
} as const satisfies QuizQuestion;

export const predictRestarts = { ...predictStatus, id: 'q-predict-restarts', ask: 'restarts', answer: '3' } as const satisfies QuizQuestion;
export const predictReady = { ...predictStatus, id: 'q-predict-ready', ask: 'ready', answer: '1/2' } as const satisfies QuizQuestion;

export const card = {
  ...common('q-card', 'pod-basics', 'A1'), type: 'card', answer: text('model'), keyPoints: [text('k1'), text('k2'), text('k3')], wrongAnswer: text('wrong'),
} as const satisfies QuizQuestion;

export const ALL: readonly QuizQuestion[] = [single, multi, truefalse, order, textQ, command, yamlQ, predictStatus, card];
