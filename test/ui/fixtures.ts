/** Sample data for the app shell tests: a few lessons over several modules, in both languages. */
import { vi } from 'vitest';
import type { AppOptions, LessonSummary } from '../../src/ui/types.js';

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
    ...overrides,
  };
}
