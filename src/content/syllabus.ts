/**
 * The podlab syllabus: module letters, topic ids and the lesson id each topic is taught under.
 * Content refers to these ids; validate rejects any other.
 */
import type { Bilingual } from './types.js';

export const MODULE_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'] as const;
/** A syllabus module, A to I. */
export type ModuleLetter = (typeof MODULE_LETTERS)[number];

/** Topic id → the lesson id that teaches it. */
export const SYLLABUS_TOPICS = {
  A1: 'pod-basics',
  A2: 'pod-creation-flow',
  B1: 'pod-phases',
  B2: 'container-states',
  B3: 'pod-conditions',
  B4: 'restart-policy-and-backoff',
  B5: 'troubleshooting',
  C1: 'multi-container-patterns',
  C2: 'init-containers',
  D1: 'probes',
  E1: 'requests-and-limits',
  E2: 'qos-and-eviction',
  F1: 'scheduling',
  G1: 'workload-controllers',
  G2: 'autoscaling',
  H1: 'env-and-downward-api',
  H2: 'termination',
  I1: 'kubectl-for-the-exam',
} as const;

/** A syllabus topic id such as `A1`. */
export type SyllabusId = keyof typeof SYLLABUS_TOPICS;

export const SYLLABUS_IDS = Object.keys(SYLLABUS_TOPICS) as readonly SyllabusId[];

/** Module titles, for lists grouped by module. */
export const MODULE_TITLES: Readonly<Record<ModuleLetter, Bilingual>> = {
  A: { en: 'Pod fundamentals', ko: 'Pod 기초' },
  B: { en: 'Lifecycle', ko: '라이프사이클' },
  C: { en: 'Multi-container Pods', ko: '멀티 컨테이너 Pod' },
  D: { en: 'Health', ko: '헬스 체크' },
  E: { en: 'Resources', ko: '리소스' },
  F: { en: 'Scheduling', ko: '스케줄링' },
  G: { en: 'Workloads and scaling', ko: '워크로드와 스케일링' },
  H: { en: 'Configuration and shutdown', ko: '설정과 종료' },
  I: { en: 'Exam craft', ko: '시험 요령' },
};

/** The module a topic belongs to: its first letter. */
export function moduleOf(id: SyllabusId): ModuleLetter {
  return id[0] as ModuleLetter;
}

/** Lesson slugs of the syllabus, for topic references to lessons not written yet. */
export const SYLLABUS_SLUGS: ReadonlySet<string> = new Set(Object.values(SYLLABUS_TOPICS));
