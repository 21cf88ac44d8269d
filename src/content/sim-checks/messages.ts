/**
 * What the simulator-backed content checks say, in English and Korean. Kubernetes' own words
 * (the API server's refusals, STATUS values) are quoted as they are, untranslated.
 */
import { translator, type Messages } from '../../i18n/index.js';

const en = {
  manifestRefused: 'the simulated API server refuses this manifest: {detail}',
  manifestRefusedHint: 'fix the manifest so that `kubectl apply -f` would accept it',
  predictWrong: 'the answer is `{answer}`, but the simulator shows {column} `{actual}` for pod {pod} at {at}',
  predictWrongHint: 'change the answer to `{actual}`, or the manifest or `at`; if the simulator is wrong, report it',
  predictAmbiguous: '{column} of pod {pod} changes within 5 s of {at} ({changes}), so the answer depends on the exact second',
  predictAmbiguousHint: 'move `at` at least 5 s away from every change',
  predictNoPod: 'the manifest creates no Pod, so there is nothing to predict',
  predictNoPodHint: 'add a Pod to the manifest',
  predictPodGone: 'pod {pod} does not exist at {at} in the simulator',
  predictPodGoneHint: 'choose a time when the Pod exists',
  startPasses: 'the starting state already meets the goal at {at}, so there is nothing to do',
  startPassesHint: 'make the starting manifest break the goal, or make the goal ask for what the fix changes',
  solutionFails: 'the solution does not meet the goal: {why}',
  solutionFailsHint: 'fix the solution or the goal; if the simulator is wrong, report it',
  commandFails: 'the solution command fails: {output}',
  commandFailsHint: 'write the command as kubectl accepts it',
  drillSetupPasses: 'the setup already passes every check, so there is nothing to do',
  drillSetupPassesHint: 'make the setup break at least one check',
  drillSolutionFails: 'the solution fails check `{check}`: {why}',
  drillSolutionFailsHint: 'fix the solution or the check; if the simulator is wrong, report it',
  labGoalAlreadyMet: 'step {step}: its goal is already met when the step starts (at {at}), so there is nothing to do',
  labGoalAlreadyMetHint: 'make the goal ask for what this step changes, or move the step',
  labGoalNotMet: 'step {step}: the goal is not met within {within} of the solution: {why}',
  labGoalNotMetHint: 'fix the solution or the goal, or give the step a longer `within`; if the simulator is wrong, report it',
  labRanUnmet: 'step {step}: no command of its solution satisfies `ran: {command}`',
  labRanUnmetHint: 'add a solution command whose words include those of the goal, e.g. `kubectl {command}`',
  labSetupImages: 'the setup\'s Scenario declares images ({images}), which the Lab has no place for',
  labSetupImagesHint: 'use images the simulator knows, without a Scenario `images` list',
  labNotKubectl: 'a lab solution line must be a kubectl command: `{line}`',
  labNotKubectlHint: 'start the line with `kubectl`; clock and fault commands are for the learner to type, not for solutions',
  labNeedsShell: 'a lab solution line cannot use a shell or read a file: `{line}`',
  labNeedsShellHint: 'write one plain kubectl command per line (no `|`, `>`, `&&`, `-f FILE`); put a manifest in `solution.manifest`',
  labEdit: '`kubectl edit` cannot be in a solution: it needs an editor',
  labEditHint: 'put the edited object in `solution.manifest` (applied after the commands), after `kubectl delete pod NAME --now` when the change is immutable',
  goalStillExists: 'pod {pod} still exists at {at}',
  goalNoPod: 'pod {pod} does not exist in namespace {namespace} at {at}',
  goalNoContainer: 'the pod has no container {container}',
  goalImage: 'container {container} runs {actual}, not {expected}',
  goalAnyImage: 'no container runs {expected} (images: {actual})',
  goalLabel: 'label {key} is {actual}, not {expected}',
  goalStatus: 'STATUS is {actual}, not {expected}, at {at}',
  goalReady: 'READY is {actual}, not {expected}, at {at}',
  goalRestarts: 'RESTARTS is {actual}, not {expected}, at {at}',
  jsonpathValue: '{path} of {resource} is `{actual}`, not `{expected}`',
  jsonpathMissing: '{resource} does not exist',
  simulatorFailed: 'the simulator failed while checking this: {detail}',
  simulatorFailedHint: 'this is a bug in podlab, not in the content: please report it with this file',
  and: '; ',
  changeFrom: '{value} from {t}',
  columnStatus: 'STATUS',
  columnReady: 'READY',
  columnRestarts: 'RESTARTS',
};

type Key = keyof typeof en;

const ko: Record<Key, string> = {
  manifestRefused: '시뮬레이터의 API 서버가 이 매니페스트를 거부합니다: {detail}',
  manifestRefusedHint: '`kubectl apply -f`가 받아들이도록 매니페스트를 고치세요',
  predictWrong: '정답은 `{answer}`인데, 시뮬레이터에서는 {at}에 Pod {pod}의 {column} 값이 `{actual}`입니다',
  predictWrongHint: '정답을 `{actual}`로 바꾸거나 매니페스트나 `at`을 고치세요. 시뮬레이터가 틀렸다면 알려 주세요',
  predictAmbiguous: 'Pod {pod}의 {column} 값이 {at} 전후 5초 안에 바뀝니다({changes}). 그래서 정답이 정확히 몇 초인지에 달려 있습니다',
  predictAmbiguousHint: '`at`을 모든 변화에서 5초 이상 떨어진 시점으로 옮기세요',
  predictNoPod: '매니페스트가 Pod를 만들지 않아서 예측할 대상이 없습니다',
  predictNoPodHint: '매니페스트에 Pod를 추가하세요',
  predictPodGone: '시뮬레이터에서 {at}에는 Pod {pod}가 없습니다',
  predictPodGoneHint: 'Pod가 있는 시점을 고르세요',
  startPasses: '시작 상태가 이미 {at}에 목표를 만족해서 할 일이 없습니다',
  startPassesHint: '시작 매니페스트가 목표를 어기게 하거나, 고쳐야 바뀌는 것을 목표로 삼으세요',
  solutionFails: '모범 답안이 목표를 만족하지 않습니다: {why}',
  solutionFailsHint: '모범 답안이나 목표를 고치세요. 시뮬레이터가 틀렸다면 알려 주세요',
  commandFails: '모범 답안 명령이 실패합니다: {output}',
  commandFailsHint: 'kubectl이 받아들이는 형태로 명령을 쓰세요',
  drillSetupPasses: 'setup만으로 모든 검사를 통과해서 할 일이 없습니다',
  drillSetupPassesHint: 'setup이 적어도 검사 하나는 통과하지 못하게 하세요',
  drillSolutionFails: '모범 답안이 `{check}` 검사를 통과하지 못합니다: {why}',
  drillSolutionFailsHint: '모범 답안이나 검사를 고치세요. 시뮬레이터가 틀렸다면 알려 주세요',
  labGoalAlreadyMet: '{step}단계: 단계가 시작될 때({at}) 이미 목표를 만족해서 할 일이 없습니다',
  labGoalAlreadyMetHint: '이 단계에서 바뀌는 것을 목표로 삼거나, 단계 순서를 바꾸세요',
  labGoalNotMet: '{step}단계: 모범 답안을 실행하고 {within} 안에 목표를 만족하지 못합니다: {why}',
  labGoalNotMetHint: '모범 답안이나 목표를 고치거나 `within`을 늘리세요. 시뮬레이터가 틀렸다면 알려 주세요',
  labRanUnmet: '{step}단계: 모범 답안의 어떤 명령도 `ran: {command}` 목표를 만족하지 않습니다',
  labRanUnmetHint: '목표의 단어가 모두 들어간 명령을 모범 답안에 넣으세요. 예: `kubectl {command}`',
  labSetupImages: 'setup의 Scenario가 이미지({images})를 선언하는데, 랩에서는 그런 이미지를 쓸 수 없습니다',
  labSetupImagesHint: 'Scenario의 `images` 목록 없이 시뮬레이터가 아는 이미지를 쓰세요',
  labNotKubectl: '랩 모범 답안의 각 줄은 kubectl 명령이어야 합니다: `{line}`',
  labNotKubectlHint: '줄을 `kubectl`로 시작하세요. clock, fault 명령은 학습자가 치는 것이지 모범 답안에 넣는 것이 아닙니다',
  labNeedsShell: '랩 모범 답안에서는 셸 기능이나 파일을 쓸 수 없습니다: `{line}`',
  labNeedsShellHint: '한 줄에 kubectl 명령 하나만 쓰세요(`|`, `>`, `&&`, `-f 파일` 없이). 매니페스트는 `solution.manifest`에 넣으세요',
  labEdit: '`kubectl edit`은 편집기가 필요해서 모범 답안에 쓸 수 없습니다',
  labEditHint: '고친 오브젝트를 `solution.manifest`에 넣으세요(명령 다음에 적용됩니다). 바꿀 수 없는 필드라면 먼저 `kubectl delete pod NAME --now`를 실행하세요',
  goalStillExists: '{at}에도 Pod {pod}가 남아 있습니다',
  goalNoPod: '{at}에 네임스페이스 {namespace}에 Pod {pod}가 없습니다',
  goalNoContainer: 'Pod에 {container} 컨테이너가 없습니다',
  goalImage: '{container} 컨테이너의 이미지가 {actual}입니다(목표: {expected})',
  goalAnyImage: '{expected} 이미지를 실행하는 컨테이너가 없습니다(지금 이미지: {actual})',
  goalLabel: '레이블 {key}의 값이 {actual}입니다(목표: {expected})',
  goalStatus: '{at}에 STATUS가 {actual}입니다(목표: {expected})',
  goalReady: '{at}에 READY가 {actual}입니다(목표: {expected})',
  goalRestarts: '{at}에 RESTARTS가 {actual}입니다(목표: {expected})',
  jsonpathValue: '{resource}의 {path} 값이 `{actual}`입니다(목표: `{expected}`)',
  jsonpathMissing: '{resource} 오브젝트가 없습니다',
  simulatorFailed: '이 항목을 검사하다가 시뮬레이터가 실패했습니다: {detail}',
  simulatorFailedHint: '콘텐츠가 아니라 podlab의 버그입니다. 이 파일과 함께 알려 주세요',
  and: '; ',
  changeFrom: '{t}부터 {value}',
  columnStatus: 'STATUS',
  columnReady: 'READY',
  columnRestarts: 'RESTARTS',
};

export const SIM_CHECK_MESSAGES: Messages<Key> = { en, ko };

/** The keys of this table. */
export type SimMessageKey = Key;

/** `simCheckText(lang)(key, vars)`. */
export const simCheckText = translator(SIM_CHECK_MESSAGES);

/** A translator bound to one language. */
export type SimTranslate = ReturnType<typeof simCheckText>;

/** A message not yet put into words: its key and placeholder values. */
export interface SimSaid {
  readonly key: SimMessageKey;
  readonly vars?: Readonly<Record<string, string | number>>;
}
