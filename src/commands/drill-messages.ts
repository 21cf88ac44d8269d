import { translator, type Messages } from '../i18n/index.js';

/** Learner-facing text of `podlab drill` (and the parts `podlab exam` shares with it). */
type Key =
  | 'listHeader' | 'listTitle' | 'listDue' | 'listFooter' | 'listInProgress' | 'contentProblems' | 'noDrills'
  | 'domain.troubleshooting' | 'domain.architecture' | 'domain.networking' | 'domain.workloads' | 'domain.storage'
  | 'taskHeader' | 'taskMinutes' | 'contextReady' | 'jumped' | 'howTo' | 'howHint' | 'howNoHints'
  | 'unknownDrill' | 'didYouMean' | 'notCurrent' | 'noDrill' | 'drillGone' | 'oneAction'
  | 'unbuildable.refused' | 'unbuildable.unsimulated' | 'unbuildable.images' | 'broken'
  | 'checked' | 'wrongContext' | 'scoreFull' | 'scorePart' | 'saved' | 'notSaved' | 'dueAgain' | 'afterCheck'
  | 'fileMissing' | 'fileDiffers'
  | 'hint' | 'noMoreHints' | 'noHints'
  | 'solutionTitle' | 'solutionManifest' | 'solutionThen' | 'solutionCommands' | 'solutionLocked' | 'gaveUp';

export const DRILL_MESSAGES: Messages<Key> = {
  en: {
    listHeader: 'ID\tDOMAIN\tMIN\tBEST',
    listTitle: 'TITLE',
    listDue: '(review due)',
    listFooter: '{n} drills. Start one with podlab drill ID; a mock exam with podlab exam.',
    listInProgress: 'In progress: {id} (podlab drill --task shows it again, podlab drill --check grades it).',
    contentProblems: "{n} problem(s) in the content; some drills may be missing. Run 'podlab validate' for details.",
    noDrills: 'No drills were found in the content.',
    'domain.troubleshooting': 'Troubleshooting',
    'domain.architecture': 'Architecture',
    'domain.networking': 'Networking',
    'domain.workloads': 'Workloads',
    'domain.storage': 'Storage',
    taskHeader: '{id} · {domain} ({syllabus}) · {points} points',
    taskMinutes: ' · about {minutes} min',
    contextReady: 'Context "{context}" was set up for this task, and podlab kubectl now uses it.',
    jumped: 'The cluster clock moved ahead {by} so the setup has had a minute to settle.',
    howTo: [
      'Work in your own shell, as in the exam:',
      "  podlab kubectl get pods      kubectl on this cluster (tip: alias k='podlab kubectl')",
      '  podlab clock +2m             let cluster time pass',
      '  podlab drill --task          show this task again',
      '{hint}',
      '  podlab drill --check         grade your work (as often as you like)',
      '  podlab drill --give-up       see the reference solution without finishing',
    ].join('\n'),
    howHint: '  podlab drill --hint          the next hint ({n} left)',
    howNoHints: '  podlab drill --hint          (this drill has no hints)',
    unknownDrill: "There is no drill '{id}'. podlab drill lists them.",
    didYouMean: "Did you mean '{id}'?",
    notCurrent: "'{id}' is not the drill in progress ({current}). podlab drill {id} sets it up.",
    noDrill: 'No drill in progress. podlab drill lists them; podlab drill ID starts one.',
    drillGone: "The drill in progress ('{id}') is no longer in the content. podlab drill ID starts another.",
    oneAction: 'Give one of --task, --hint, --check, --solution, --give-up at a time.',
    'unbuildable.refused': 'The setup of {id} is refused by the simulated API server ({detail}). Run podlab validate.',
    'unbuildable.unsimulated': 'The setup of {id} holds kinds podlab does not simulate ({detail}), so it cannot be practised here.',
    'unbuildable.images': 'The setup of {id} declares its own images ({detail}), which a practice cluster cannot hold.',
    broken: 'The cluster of context "{context}" could not be rebuilt ({message}). podlab drill {id} sets it up again.',
    checked: 'Checked {id} after letting {wait} pass on a copy of the cluster (your clock did not move):',
    wrongContext: 'Note: podlab kubectl is on context "{current}", but this task is in "{context}" (podlab kubectl config use-context {context}).',
    scoreFull: 'Score {score}/{total} (100%): solved.',
    scorePart: 'Score {score}/{total} ({percent}%).',
    saved: 'Saved to your progress.',
    notSaved: 'Your progress could not be saved.',
    dueAgain: 'This drill is now in your review schedule.',
    afterCheck: 'Fix what failed and check again, ask for a hint (podlab drill --hint), or compare with podlab drill --solution.',
    fileMissing: '{path} does not exist',
    fileDiffers: '{path} holds `{actual}`, not `{expected}`',
    hint: 'Hint {n}/{of}: {text}',
    noMoreHints: 'No more hints ({n} shown). podlab drill --check grades your work; podlab drill --give-up shows the solution.',
    noHints: 'This drill has no hints. podlab drill --check grades your work; podlab drill --give-up shows the solution.',
    solutionTitle: 'Reference solution for {id}:',
    solutionManifest: 'Apply this manifest (paste the lines as they are):',
    solutionThen: 'Then:',
    solutionCommands: 'Run:',
    solutionLocked: 'The reference solution is shown once you have tried: podlab drill --check first, or podlab drill --give-up.',
    gaveUp: 'Recorded as not solved; this drill is now in your review schedule.',
  },
  ko: {
    listHeader: 'ID\t영역\t분\t최고 점수',
    listTitle: '제목',
    listDue: '(복습할 차례)',
    listFooter: '드릴 {n}개. podlab drill ID로 하나를 시작하고, 모의고사는 podlab exam으로 봅니다.',
    listInProgress: '진행 중: {id} (podlab drill --task로 과제를 다시 보고, podlab drill --check로 채점합니다).',
    contentProblems: "콘텐츠에 문제가 {n}개 있어서 일부 드릴이 빠졌을 수 있습니다. 자세한 내용은 'podlab validate'로 확인하세요.",
    noDrills: '콘텐츠에 드릴이 없습니다.',
    'domain.troubleshooting': '트러블슈팅',
    'domain.architecture': '아키텍처',
    'domain.networking': '네트워킹',
    'domain.workloads': '워크로드',
    'domain.storage': '스토리지',
    taskHeader: '{id} · {domain} ({syllabus}) · {points}점',
    taskMinutes: ' · 약 {minutes}분',
    contextReady: '이 과제를 위해 컨텍스트 "{context}"에 클러스터를 새로 준비했고, 이제 podlab kubectl이 이 컨텍스트를 씁니다.',
    jumped: 'setup이 1분 동안 자리 잡도록 클러스터 시계를 {by} 앞으로 돌렸습니다.',
    howTo: [
      '시험처럼 내 셸에서 작업하세요:',
      "  podlab kubectl get pods      이 클러스터에 kubectl 실행 (팁: alias k='podlab kubectl')",
      '  podlab clock +2m             클러스터 시간 흘려보내기',
      '  podlab drill --task          과제 다시 보기',
      '{hint}',
      '  podlab drill --check         채점하기 (몇 번이든 가능)',
      '  podlab drill --give-up       끝내지 않고 모범 답안 보기',
    ].join('\n'),
    howHint: '  podlab drill --hint          다음 힌트 ({n}개 남음)',
    howNoHints: '  podlab drill --hint          (이 드릴에는 힌트가 없습니다)',
    unknownDrill: "'{id}' 드릴이 없습니다. podlab drill로 목록을 보세요.",
    didYouMean: "'{id}'를 찾으셨나요?",
    notCurrent: "'{id}'는 지금 진행 중인 드릴({current})이 아닙니다. podlab drill {id}로 준비하세요.",
    noDrill: '진행 중인 드릴이 없습니다. podlab drill로 목록을 보고, podlab drill ID로 시작하세요.',
    drillGone: "진행 중인 드릴('{id}')이 콘텐츠에 더 이상 없습니다. podlab drill ID로 다른 드릴을 시작하세요.",
    oneAction: '--task, --hint, --check, --solution, --give-up 중 하나만 주세요.',
    'unbuildable.refused': '{id}의 setup을 시뮬레이션 API 서버가 거부합니다({detail}). podlab validate를 실행해 보세요.',
    'unbuildable.unsimulated': '{id}의 setup에 podlab이 시뮬레이션하지 않는 종류가 있어서({detail}) 여기서는 연습할 수 없습니다.',
    'unbuildable.images': '{id}의 setup이 자체 이미지를 선언해서({detail}) 연습용 클러스터에 담을 수 없습니다.',
    broken: '컨텍스트 "{context}"의 클러스터를 다시 만들 수 없습니다({message}). podlab drill {id}로 다시 준비하세요.',
    checked: '클러스터 사본에서 {wait}를 흘려보낸 뒤 {id}를 채점했습니다 (내 시계는 그대로입니다):',
    wrongContext: '참고: podlab kubectl은 지금 컨텍스트 "{current}"에 있지만 이 과제는 "{context}"에 있습니다 (podlab kubectl config use-context {context}).',
    scoreFull: '점수 {score}/{total} (100%): 해결했습니다.',
    scorePart: '점수 {score}/{total} ({percent}%).',
    saved: '진행 상황에 저장했습니다.',
    notSaved: '진행 상황을 저장하지 못했습니다.',
    dueAgain: '이 드릴을 복습 일정에 넣었습니다.',
    afterCheck: '실패한 부분을 고쳐서 다시 채점하거나, 힌트를 보거나(podlab drill --hint), podlab drill --solution으로 모범 답안과 비교하세요.',
    fileMissing: '{path} 파일이 없습니다',
    fileDiffers: '{path}의 내용이 `{actual}`입니다(목표: `{expected}`)',
    hint: '힌트 {n}/{of}: {text}',
    noMoreHints: '힌트를 모두 봤습니다({n}개). podlab drill --check로 채점하거나, podlab drill --give-up으로 모범 답안을 보세요.',
    noHints: '이 드릴에는 힌트가 없습니다. podlab drill --check로 채점하거나, podlab drill --give-up으로 모범 답안을 보세요.',
    solutionTitle: '{id}의 모범 답안:',
    solutionManifest: '이 매니페스트를 적용하세요 (아래 줄을 그대로 붙여 넣으면 됩니다):',
    solutionThen: '그다음:',
    solutionCommands: '실행:',
    solutionLocked: '모범 답안은 먼저 시도한 뒤에 보여 줍니다. podlab drill --check로 채점하거나 podlab drill --give-up을 쓰세요.',
    gaveUp: '해결하지 못한 것으로 기록했고, 이 드릴을 복습 일정에 넣었습니다.',
  },
};

export type DrillMessageKey = Key;

/** `drillText(lang)(key, vars)`. */
export const drillText = translator(DRILL_MESSAGES);

/** A translator bound to one language. */
export type DrillTranslate = ReturnType<typeof drillText>;
