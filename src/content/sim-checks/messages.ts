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
