import { translator, type Messages } from '../i18n/index.js';

/** podlab's own lines around `podlab kubectl` and `podlab clock` (kubectl's output stays kubectl's). */
type Key =
  | 'reset' | 'resetUsage' | 'newerSave' | 'invalidSave' | 'replayFailed' | 'busy'
  | 'clockNow' | 'clockStopped' | 'jumped' | 'speedSet' | 'speedStopped' | 'clockUsage' | 'badClockArg' | 'clockHelp';

const CLOCK_USAGE = 'podlab clock [+DURATION | xSPEED]';

export const PRACTICE_MESSAGES: Messages<Key> = {
  en: {
    reset: 'cluster reset',
    resetUsage: 'podlab kubectl reset takes no arguments (it starts every practice cluster over).',
    newerSave: 'The practice clusters were saved by a newer podlab (format {version}). Update podlab, or start over with podlab kubectl reset.',
    invalidSave: 'The saved practice clusters could not be read, so podlab started new ones.',
    replayFailed: 'The saved practice cluster could not be rebuilt ({message}). podlab kubectl reset starts over.',
    busy: 'Another podlab kept changing the practice cluster at the same moment, so this command was not run. Run it again.',
    clockNow: 'cluster time {time} (age {age}), speed {speed}',
    clockStopped: 'the clock is stopped: only podlab clock +DURATION moves it',
    jumped: 'moved ahead {by}: cluster time {time} (age {age})',
    speedSet: 'speed {speed}: every second of yours is {speedNumber} seconds of the cluster',
    speedStopped: 'speed x0: the clock is stopped; podlab clock +DURATION still moves it, podlab clock x1 starts it again',
    clockUsage: `usage: ${CLOCK_USAGE}`,
    badClockArg: "'{arg}' is neither a jump ahead (+90s, +5m, +1h30m, at most +30d) nor a speed (x1, x10, x0.5, x0 to stop; at most x1000). Usage: {usage}",
    clockHelp: [
      `Usage: ${CLOCK_USAGE}`,
      '',
      "The practice clusters' clock (the ones podlab kubectl works on). It follows your wall clock,",
      'scaled by the speed, so Pods start, probes fail and back-offs grow while you work.',
      '',
      '  podlab clock          show the cluster time, its age and the speed',
      '  podlab clock +5m      jump ahead (90s, 5m, 1h30m; at most 30d per jump); time never goes back',
      '  podlab clock x10      run ten times faster from now on (x1 real time, x0.5 half, x0 stopped)',
      '',
      'podlab kubectl reset starts the clusters and their clock over (the speed is kept).',
    ].join('\n'),
  },
  ko: {
    reset: '클러스터를 초기화했습니다',
    resetUsage: 'podlab kubectl reset에는 인자가 없습니다 (모든 연습 클러스터를 처음부터 다시 시작합니다).',
    newerSave: '연습 클러스터가 더 새로운 podlab으로 저장되어 있습니다 (형식 {version}). podlab을 업데이트하거나 podlab kubectl reset으로 처음부터 시작하세요.',
    invalidSave: '저장된 연습 클러스터를 읽을 수 없어서 새로 시작했습니다.',
    replayFailed: '저장된 연습 클러스터를 다시 만들 수 없습니다 ({message}). podlab kubectl reset으로 처음부터 시작할 수 있습니다.',
    busy: '같은 순간에 다른 podlab이 연습 클러스터를 계속 바꾸고 있어서 이 명령을 실행하지 않았습니다. 다시 실행해 주세요.',
    clockNow: '클러스터 시각 {time} (경과 {age}), 속도 {speed}',
    clockStopped: '시계가 멈춰 있습니다. podlab clock +5m처럼 직접 앞으로 돌릴 때만 움직입니다',
    jumped: '{by} 앞으로 이동: 클러스터 시각 {time} (경과 {age})',
    speedSet: '속도 {speed}: 내 시간 1초가 클러스터에서는 {speedNumber}초입니다',
    speedStopped: '속도 x0: 시계를 멈췄습니다. podlab clock +5m처럼 앞으로 돌릴 수는 있고, podlab clock x1로 다시 움직입니다',
    clockUsage: `사용법: ${CLOCK_USAGE}`,
    badClockArg: "'{arg}'은(는) 앞으로 이동(+90s, +5m, +1h30m, 최대 +30d)도 속도(x1, x10, x0.5, 멈춤은 x0, 최대 x1000)도 아닙니다. 사용법: {usage}",
    clockHelp: [
      `사용법: ${CLOCK_USAGE}`,
      '',
      '연습 클러스터(podlab kubectl이 다루는 클러스터)의 시계입니다. 실제 시계를 따라 속도만큼 빠르게',
      '흐르기 때문에, 작업하는 동안 Pod가 시작되고 프로브가 실패하고 백오프가 길어집니다.',
      '',
      '  podlab clock          클러스터 시각, 경과 시간, 속도 보기',
      '  podlab clock +5m      앞으로 이동 (90s, 5m, 1h30m, 한 번에 최대 30d). 시간은 되돌릴 수 없습니다',
      '  podlab clock x10      지금부터 10배 빠르게 (x1 실제 속도, x0.5 절반, x0 멈춤)',
      '',
      'podlab kubectl reset은 클러스터와 시계를 처음부터 다시 시작합니다 (속도는 그대로).',
    ].join('\n'),
  },
};

export const practiceText = translator(PRACTICE_MESSAGES);
export { CLOCK_USAGE };
