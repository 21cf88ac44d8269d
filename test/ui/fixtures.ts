/** Sample data for the app shell tests: a few lessons over several modules, in both languages. */
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { loadLessonFile } from '../../src/content/index.js';
import type { Lesson } from '../../src/content/types.js';
import type { AppOptions, LessonLoad, LessonSummary } from '../../src/ui/types.js';

const lesson = (id: string, module: LessonSummary['module'], en: string, ko: string, done = false): LessonSummary => ({
  id,
  module,
  title: { en, ko },
  minutes: 10,
  pages: 4,
  done,
  summary: { en: `What ${en} is about.`, ko: `${ko}에서 다루는 내용.` },
});

export const LESSONS: readonly LessonSummary[] = [
  lesson('pod-basics', 'A', 'What a Pod is', 'Pod란 무엇인가', true),
  lesson('pod-creation-flow', 'A', 'From kubectl apply to a running container', 'kubectl apply부터 컨테이너 실행까지', true),
  lesson('pod-phases', 'B', 'Pod phases', 'Pod 단계(phase)'),
  lesson('container-states', 'B', 'Container states', '컨테이너 상태'),
  lesson('pod-conditions', 'B', 'Pod conditions', 'Pod 컨디션'),
  lesson('restart-policy-and-backoff', 'B', 'Restart policy and CrashLoopBackOff', '재시작 정책과 CrashLoopBackOff'),
  lesson('troubleshooting', 'B', 'Troubleshooting a Pod', 'Pod 문제 해결'),
  lesson('multi-container-patterns', 'C', 'Multi-container patterns', '멀티 컨테이너 패턴'),
  lesson('init-containers', 'C', 'Init containers', '초기화 컨테이너'),
  lesson('probes', 'D', 'Liveness, readiness and startup probes', 'liveness, readiness, startup 프로브'),
  lesson('requests-and-limits', 'E', 'Requests and limits', 'requests와 limits'),
  lesson('qos-and-eviction', 'E', 'QoS classes and eviction', 'QoS 클래스와 축출'),
  lesson('scheduling', 'F', 'Scheduling', '스케줄링'),
  lesson('workload-controllers', 'G', 'Workload controllers', '워크로드 컨트롤러'),
  lesson('autoscaling', 'G', 'Autoscaling', '오토스케일링'),
  lesson('env-and-downward-api', 'H', 'Environment and the downward API', '환경 변수와 downward API'),
  lesson('termination', 'H', 'Termination and graceful shutdown', '종료와 graceful shutdown'),
  lesson('kubectl-for-the-exam', 'I', 'kubectl for the exam', '시험용 kubectl'),
];

/** A lesson file behind a summary: one short paragraph per page, page ids `p1`, `p2` ... */
export function fakeLesson(summary: LessonSummary): Lesson {
  const { id, title, module, minutes } = summary;
  return {
    id, title, module, minutes, syllabus: [], checkpoint: [],
    summary: summary.summary ?? title,
    pages: Array.from({ length: summary.pages }, (_, i) => ({
      id: `p${i + 1}`,
      title: { en: `${title.en}, part ${i + 1}`, ko: `${title.ko} ${i + 1}부` },
      body: [{ kind: 'text' as const, text: { en: `Body of ${id}, part ${i + 1}.`, ko: `${id} 본문, ${i + 1}부.` } }],
    })),
  };
}

/** Reads the sample lessons' files, as the app's loader would. */
export async function loadFakeLesson(id: string): Promise<LessonLoad> {
  const summary = LESSONS.find((l) => l.id === id);
  return summary ? { kind: 'ok', lesson: fakeLesson(summary) } : { kind: 'missing' };
}

/** A shipped lesson file, parsed as the app's loader parses it. */
export async function shippedLesson(id: string): Promise<LessonLoad> {
  const { lesson } = await loadLessonFile(resolve(__dirname, '../../lessons', `${id}.yaml`));
  return lesson ? { kind: 'ok', lesson } : { kind: 'missing' };
}

export const STORE_PATH = '/home/learner/.config/podlab/progress.json';

/** App options over the sample lessons, with spies for the callbacks. */
export function appOptions(overrides: Partial<AppOptions> = {}): AppOptions {
  return {
    lang: 'en',
    lessons: LESSONS,
    isLoadingLessons: false,
    progress: {
      lessons: { done: 2, total: LESSONS.length },
      questions: { answered: 25, correct: 19, due: 4 },
      streakDays: 3,
      storePath: STORE_PATH,
    },
    notices: [],
    onLangChange: vi.fn(),
    onVisit: vi.fn(),
    loadLesson: vi.fn(loadFakeLesson),
    onLessonProgress: vi.fn(),
    ...overrides,
  };
}
