// What `podlab sim` and `podlab explain` say around the kubectl-shaped output, in English and
// Korean. Kubernetes terms stay as kubectl prints them.
import { translator, type Messages } from '../i18n/index.js';

export type SimMessageKey =
  | 'badDuration' | 'durationTooLong' | 'badSeed' | 'badTime'
  | 'runSummary' | 'scenarioHeading' | 'noPods' | 'deletedNote' | 'warningsHeading' | 'afterEnd'
  | 'explainNoPods' | 'explainSkipped' | 'explainQos' | 'explainPhase' | 'explainPhaseDiffers' | 'explainConditions'
  | 'explainContainers' | 'explainRequests' | 'explainLimits' | 'explainNone' | 'explainFindings' | 'explainTry'
  | 'explainInit' | 'sevError' | 'sevWarning' | 'sevInfo';

export const SIM_MESSAGES: Messages<SimMessageKey> = {
  en: {
    badDuration: 'podlab {cmd}: {flag}: invalid duration "{value}"; write it like 90, 90s, 5m or 1h30m',
    durationTooLong: 'podlab {cmd}: {flag}: {value} is too long; a run covers at most {max}',
    badSeed: 'podlab {cmd}: {flag}: invalid seed "{value}"; use a whole number from 0 to 4294967295',
    badTime: 'podlab {cmd}: {flag}: invalid time "{value}"; use RFC 3339, e.g. 2025-01-01T00:00:00Z',
    runSummary: 'Simulated {duration} of cluster time from {start} (seed {seed}).',
    scenarioHeading: 'Scenario:',
    noPods: 'No Pod was created during the run.',
    deletedNote: '# pod {name} was deleted at {at}; this is how it looked just before',
    warningsHeading: 'Warnings:',
    afterEnd: 'the action at {at} is after the end of the run ({duration}), so it never happens; run longer with --for',
    explainNoPods: 'podlab explain: {file} holds no Pod; give it the output of kubectl get pod NAME -o yaml',
    explainSkipped: '{where}: skipped: {kind} "{name}" is not a Pod',
    explainQos: 'QoS class',
    explainPhase: 'Phase',
    explainPhaseDiffers: '{reported} as reported; the kubelet would now say {derived}',
    explainConditions: 'Conditions',
    explainContainers: 'Containers',
    explainRequests: 'requests',
    explainLimits: 'limits',
    explainNone: '<none>',
    explainFindings: 'Findings',
    explainTry: 'Try:',
    explainInit: 'init',
    sevError: 'error',
    sevWarning: 'warning',
    sevInfo: 'info',
  },
  ko: {
    badDuration: 'podlab {cmd}: {flag}: 잘못된 시간 길이 "{value}". 90, 90s, 5m, 1h30m처럼 쓰세요',
    durationTooLong: 'podlab {cmd}: {flag}: {value}은(는) 너무 깁니다. 한 번에 최대 {max}까지 실행할 수 있습니다',
    badSeed: 'podlab {cmd}: {flag}: 잘못된 시드 "{value}". 0부터 4294967295까지의 정수를 쓰세요',
    badTime: 'podlab {cmd}: {flag}: 잘못된 시각 "{value}". 2025-01-01T00:00:00Z 같은 RFC 3339 형식으로 쓰세요',
    runSummary: '{start}부터 클러스터 시간 {duration} 동안 시뮬레이션했습니다(시드 {seed}).',
    scenarioHeading: 'Scenario:',
    noPods: '실행하는 동안 만들어진 Pod가 없습니다.',
    deletedNote: '# pod {name}은(는) {at}에 삭제되었습니다. 아래는 삭제 직전의 모습입니다',
    warningsHeading: '경고:',
    afterEnd: '{at}의 동작은 실행 종료({duration}) 뒤라서 일어나지 않습니다. --for로 더 길게 실행하세요',
    explainNoPods: 'podlab explain: {file}에 Pod가 없습니다. kubectl get pod NAME -o yaml의 출력을 넣어 주세요',
    explainSkipped: '{where}: 건너뜀: {kind} "{name}"은(는) Pod가 아닙니다',
    explainQos: 'QoS 클래스',
    explainPhase: 'Phase',
    explainPhaseDiffers: '보고된 값은 {reported}, kubelet이 지금 계산하면 {derived}',
    explainConditions: 'Conditions',
    explainContainers: '컨테이너',
    explainRequests: 'requests',
    explainLimits: 'limits',
    explainNone: '<none>',
    explainFindings: '진단',
    explainTry: '해 볼 것:',
    explainInit: '초기화',
    sevError: '오류',
    sevWarning: '경고',
    sevInfo: '참고',
  },
};

export const simText = translator(SIM_MESSAGES);
export type SimTranslate = ReturnType<typeof simText>;
