/** A lesson of hands-on steps whose answers the simulator gives, for the step screens' tests. */
import type { FixStep, Lesson, PredictStep } from '../../../src/content/types.js';
import type { LessonLoad } from '../../../src/ui/types.js';

/** A container that fails at once: CrashLoopBackOff, 3 restarts at one minute. */
export const CRASH = `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
    - name: app
      image: busybox:1.36
      command: ["sh", "-c", "exit 1"]
`;

/** nginx beside a helper that fails at once: READY 1/2. */
export const HALF = `apiVersion: v1
kind: Pod
metadata:
  name: half
spec:
  containers:
    - name: web
      image: nginx:1.25
    - name: helper
      image: busybox:1.36
      command: ["sh", "-c", "exit 1"]
`;

/** A one-off job under restartPolicy Always: restarted although it succeeds. */
export const ONCE = `apiVersion: v1
kind: Pod
metadata:
  name: once
spec:
  containers:
    - name: job
      image: busybox:1.36
      command: ["sh", "-c", "echo done"]
`;

/** ONCE repaired. */
export const ONCE_FIXED = ONCE.replace('spec:\n', 'spec:\n  restartPolicy: Never\n');

const prompt = (en: string, ko: string) => ({ en, ko });

export const PREDICT_STATUS: PredictStep = {
  kind: 'step', type: 'predict', manifest: CRASH, at: 60, ask: 'status', answer: 'CrashLoopBackOff',
  prompt: prompt('What does STATUS show after a minute?', '1분 뒤 STATUS에는 무엇이 보일까요?'),
  explanation: prompt('The container keeps failing, so the kubelet waits longer before each restart.', '컨테이너가 계속 실패해서 kubelet이 재시작 전에 점점 더 오래 기다립니다.'),
};
export const PREDICT_RESTARTS: PredictStep = {
  kind: 'step', type: 'predict', manifest: CRASH, at: 60, ask: 'restarts',
  prompt: prompt('How many restarts after a minute?', '1분 뒤 재시작 횟수는?'),
};
export const PREDICT_READY: PredictStep = {
  kind: 'step', type: 'predict', manifest: HALF, at: 60, ask: 'ready',
  prompt: prompt('What does READY show after a minute?', '1분 뒤 READY에는 무엇이 보일까요?'),
};
export const FIX_ONCE: FixStep = {
  kind: 'step', type: 'fix', manifest: ONCE,
  goal: { pod: 'once', status: 'Completed', restarts: 0, after: 60 },
  prompt: prompt('Make it show Completed with no restarts after a minute.', '1분 뒤 재시작 없이 Completed가 되게 하세요.'),
  hints: [prompt('Which restartPolicy restarts a container that exited 0?', '종료 코드 0으로 끝난 컨테이너를 재시작하는 restartPolicy는?'), prompt('Set spec.restartPolicy to Never.', 'spec.restartPolicy를 Never로 설정하세요.')],
};

const page = (id: string, step: PredictStep | FixStep) => ({
  id, title: { en: `Page ${id}`, ko: `${id} 쪽` },
  body: [{ kind: 'text' as const, text: prompt(`Before the ${id} step.`, `${id} 단계 앞.`) }, step],
});

/** Pages `status`, `restarts`, `ready`, `fix`, `plain` (no step), in that order. */
export const STEPS_LESSON: Lesson = {
  id: 'pod-phases', module: 'B', minutes: 10, syllabus: [], checkpoint: [],
  title: prompt('Pod phases', 'Pod 단계(phase)'), summary: prompt('Steps.', '단계.'),
  pages: [
    page('status', PREDICT_STATUS), page('restarts', PREDICT_RESTARTS), page('ready', PREDICT_READY), page('fix', FIX_ONCE),
    { id: 'plain', title: prompt('No step', '단계 없음'), body: [{ kind: 'text', text: prompt('Just text.', '글만.') }] },
  ],
};

export const loadSteps = async (): Promise<LessonLoad> => ({ kind: 'ok', lesson: STEPS_LESSON });
