import { translator, type Messages } from '../../i18n/index.js';

/** The lab's own lines (kubectl's output stays kubectl's). */
type Key =
  | 'notFound' | 'noShell' | 'clockState' | 'paused' | 'playing' | 'jumped' | 'clockUsage'
  | 'faultUsage' | 'faultDone' | 'faultNodeDown' | 'faultNodeUp' | 'faultPressureOn' | 'faultPressureOff'
  | 'stepDone' | 'allDone' | 'noHint' | 'noGuide' | 'resetAsk' | 'resetDone' | 'wrote' | 'editUsage'
  | 'help' | 'replayFailed' | 'setupFailed' | 'followStopped';

export const LAB_MESSAGES: Messages<Key> = {
  en: {
    notFound: "{command}: command not found. Type kubectl (or k) commands; help lists the lab's own.",
    noShell: "The lab runs one command at a time: '{operator}' needs a shell. Only > FILE (write the output to a file) works here.",
    clockState: 'cluster time {time}, {state}',
    paused: 'paused',
    playing: 'playing at x{speed}',
    jumped: 'moved ahead {by}: cluster time {time}',
    clockUsage: 'usage: clock [pause | play | x1 | x10 | x60 | +DURATION] (e.g. clock +5m)',
    faultUsage: [
      'usage: fault kill POD [CONTAINER]            the container\'s process dies (SIGKILL)',
      '       fault probe POD liveness|readiness|startup [DURATION]   its probes of that kind fail',
      '       fault http POD STATUS [PATH]          HTTP requests to it answer STATUS (e.g. 500)',
      '       fault node NODE down|up               the node\'s kubelet stops (or resumes) reporting',
      '       fault pressure NODE on|off            the node runs short of memory (or recovers)',
    ].join('\n'),
    faultDone: 'fault injected: {what}',
    faultNodeDown: 'node {node} is down: its kubelet stops posting status',
    faultNodeUp: 'node {node} is back: its kubelet reports again',
    faultPressureOn: 'node {node} is short of memory',
    faultPressureOff: 'node {node} has memory to spare again',
    stepDone: 'Step {n} done.',
    allDone: 'All steps done. Keep exploring, or press Esc to leave.',
    noHint: 'No hint for this step. The step text says what to do.',
    noGuide: 'This is the free lab: no steps, no hints. Pick a guided scenario from the Lab list for those.',
    resetAsk: 'reset starts this lab over and throws away what you did in it. Type reset --yes to do it.',
    resetDone: 'The lab starts over.',
    wrote: 'wrote {path}',
    editUsage: 'usage: {command} FILE (opens your editor on a file in {cwd})',
    help: [
      'kubectl ... | k ...     a kubectl command against the simulated cluster (> FILE saves its output)',
      'vi FILE | nano FILE     edit a file in your editor, then kubectl apply -f FILE',
      'clock                   the cluster time; clock pause | play | x1 | x10 | x60 | +5m',
      'fault                   break something: fault kill | probe | http | node | pressure',
      'hint                    a hint for the current step',
      'reset --yes             start this lab over',
      'clear                   clear the output',
      'exit                    leave the lab (it is saved; it goes on where you left it)',
      'Keys: Tab completes, Up/Down recall commands, PgUp/PgDn scroll, Ctrl+T pauses or plays, Esc stops a watch or leaves.',
    ].join('\n'),
    replayFailed: 'The saved lab could not be rebuilt ({detail}), so it starts over.',
    setupFailed: 'This scenario cannot be set up ({detail}). podlab validate reports what is wrong with it.',
    followStopped: '(stopped watching)',
  },
  ko: {
    notFound: '{command}: 명령을 찾을 수 없습니다. kubectl(또는 k) 명령을 입력하세요. 랩 전용 명령은 help로 볼 수 있습니다.',
    noShell: "랩은 명령을 하나씩만 실행합니다. '{operator}'는 셸이 있어야 합니다. 여기서는 > FILE(출력을 파일로 저장)만 됩니다.",
    clockState: '클러스터 시각 {time}, {state}',
    paused: '일시정지',
    playing: 'x{speed} 속도로 진행 중',
    jumped: '{by} 앞으로 이동: 클러스터 시각 {time}',
    clockUsage: '사용법: clock [pause | play | x1 | x10 | x60 | +DURATION] (예: clock +5m)',
    faultUsage: [
      '사용법: fault kill POD [CONTAINER]            컨테이너 프로세스가 죽습니다(SIGKILL)',
      '        fault probe POD liveness|readiness|startup [DURATION]   해당 종류의 probe가 실패합니다',
      '        fault http POD STATUS [PATH]          HTTP 요청이 STATUS(예: 500)로 응답합니다',
      '        fault node NODE down|up               노드의 kubelet이 보고를 멈추거나 다시 시작합니다',
      '        fault pressure NODE on|off            노드의 메모리가 부족해지거나 회복됩니다',
    ].join('\n'),
    faultDone: '장애 주입: {what}',
    faultNodeDown: '{node} 노드가 다운됐습니다. kubelet이 상태 보고를 멈춥니다',
    faultNodeUp: '{node} 노드가 돌아왔습니다. kubelet이 다시 보고합니다',
    faultPressureOn: '{node} 노드의 메모리가 부족합니다',
    faultPressureOff: '{node} 노드의 메모리에 다시 여유가 생겼습니다',
    stepDone: '{n}단계 완료.',
    allDone: '모든 단계를 마쳤습니다. 더 살펴보거나 Esc로 나가세요.',
    noHint: '이 단계에는 힌트가 없습니다. 단계 설명을 따라 하세요.',
    noGuide: '자유 랩이라 단계도 힌트도 없습니다. 안내가 필요하면 랩 목록에서 시나리오를 고르세요.',
    resetAsk: 'reset은 이 랩을 처음부터 다시 시작하고 지금까지 한 작업을 버립니다. 진행하려면 reset --yes를 입력하세요.',
    resetDone: '랩을 처음부터 다시 시작합니다.',
    wrote: '{path}에 저장했습니다',
    editUsage: '사용법: {command} FILE ({cwd}에 있는 파일을 편집기로 엽니다)',
    help: [
      'kubectl ... | k ...     시뮬레이션 클러스터에 kubectl 명령 실행 (> FILE로 출력 저장)',
      'vi FILE | nano FILE     편집기로 파일을 고친 뒤 kubectl apply -f FILE',
      'clock                   클러스터 시각. clock pause | play | x1 | x10 | x60 | +5m',
      'fault                   장애 주입: fault kill | probe | http | node | pressure',
      'hint                    지금 단계의 힌트',
      'reset --yes             이 랩을 처음부터 다시',
      'clear                   출력 지우기',
      'exit                    랩 나가기 (저장되며, 다음에 이어서 합니다)',
      '키: Tab 자동 완성, 위/아래 이전 명령, PgUp/PgDn 스크롤, Ctrl+T 일시정지/재생, Esc 감시 중지 또는 나가기.',
    ].join('\n'),
    replayFailed: '저장된 랩을 다시 만들 수 없어서({detail}) 처음부터 시작합니다.',
    setupFailed: '이 시나리오를 준비할 수 없습니다({detail}). podlab validate가 무엇이 잘못됐는지 알려 줍니다.',
    followStopped: '(감시를 멈췄습니다)',
  },
};

export const labText = translator(LAB_MESSAGES);
