// podlab's own lines after kubectl's output (hints), in English and Korean. kubectl's own
// messages stay in English, exactly as kubectl prints them; only these are translated.
// (src/sim may not import src/i18n, so this is plain data with the same shape.)

export type KubectlLang = 'en' | 'ko';

export type HintKey =
  | 'didYouMeanFlag' | 'removedRunFlag' | 'removedRunFlagYaml' | 'execNeedsDash' | 'didYouMeanResource' | 'knownResources'
  | 'notFound' | 'unknownCommand' | 'notSimulated' | 'imageRequired' | 'outputNotSupported' | 'help'
  | 'noResources' | 'unterminatedQuote' | 'chooseContainer' | 'metrics' | 'replicasRequired'
  | 'fileNotReadable' | 'dryRunServer' | 'useCreateDeployment' | 'watchInLab' | 'unknownContext' | 'explainUnknown'
  | 'drainBlocked';

/** A hint: a key and the values of its placeholders. */
export interface Hint {
  readonly key: HintKey;
  readonly vars?: Readonly<Record<string, string>>;
}

type Table = Readonly<Record<KubectlLang, Readonly<Record<HintKey, string>>>>;

export const HINTS: Table = {
  en: {
    didYouMeanFlag: 'did you mean {flag}?',
    removedRunFlag: 'kubectl run lost {flag} in v1.24. Create the Pod first, then `kubectl set resources pod/{name} --{kind}=cpu=100m,memory=128Mi`, or print YAML with `--dry-run=client -o yaml`, add resources and apply it.',
    removedRunFlagYaml: 'kubectl run lost {flag} in v1.24; print YAML with `--dry-run=client -o yaml`, set the field there and apply it.',
    execNeedsDash: 'put -- between the pod and the command: kubectl exec {pod} -- {command}',
    didYouMeanResource: 'did you mean {type}?',
    knownResources: 'podlab knows these resource types: {types}',
    notFound: 'nothing is called {name} here; see what exists with `kubectl get {resource}{namespace}`',
    unknownCommand: 'podlab simulates: {commands}',
    notSimulated: 'kubectl {command} is a real command, but podlab does not simulate it yet.',
    imageRequired: 'give the image, e.g. kubectl {command} --image=nginx',
    outputNotSupported: 'podlab does not support -o {format}; try -o jsonpath=... or -o custom-columns=...',
    help: 'podlab simulates: {commands}. Try `kubectl get pods`, `kubectl run web --image=nginx`, `kubectl describe pod web`.',
    noResources: 'create one with `kubectl run NAME --image=nginx` or `kubectl apply -f FILE`.',
    unterminatedQuote: 'a quote is not closed: {detail}',
    chooseContainer: 'add -c CONTAINER, e.g. kubectl logs {pod} -c {container}',
    metrics: 'podlab has no metrics server in this cluster, so kubectl top has nothing to show.',
    replicasRequired: 'say how many, e.g. kubectl scale {target} --replicas=3',
    fileNotReadable: 'check the path; it is relative to the directory you started podlab in.',
    dryRunServer: 'podlab validates on the client only; use --dry-run=client.',
    useCreateDeployment: 'kubectl run only makes Pods now; for a Deployment use kubectl create deployment {name} --image={image}',
    watchInLab: 'press Ctrl+C to stop watching.',
    unknownContext: 'see the contexts with kubectl config get-contexts',
    explainUnknown: 'podlab explains Pod fields, e.g. kubectl explain pod.spec.containers.livenessProbe',
    drainBlocked: 'drain stopped before evicting any Pod; {node} stays cordoned. {flags} lets it go on: a Pod without a controller is not re-created, and emptyDir data is lost.',
  },
  ko: {
    didYouMeanFlag: '혹시 {flag} 옵션을 쓰려던 건가요?',
    removedRunFlag: 'kubectl run의 {flag} 옵션은 v1.24에서 없어졌어요. Pod를 먼저 만든 뒤 `kubectl set resources pod/{name} --{kind}=cpu=100m,memory=128Mi`를 쓰거나, `--dry-run=client -o yaml`로 YAML을 뽑아 resources를 넣고 apply 하세요.',
    removedRunFlagYaml: 'kubectl run의 {flag} 옵션은 v1.24에서 없어졌어요. `--dry-run=client -o yaml`로 YAML을 뽑아 그 필드를 채운 뒤 apply 하세요.',
    execNeedsDash: 'Pod 이름과 명령 사이에 --를 넣으세요: kubectl exec {pod} -- {command}',
    didYouMeanResource: '혹시 {type} 리소스를 말한 건가요?',
    knownResources: 'podlab이 아는 리소스 종류: {types}',
    notFound: '이름이 {name}인 리소스가 여기 없어요. `kubectl get {resource}{namespace}`로 있는 것을 확인해 보세요.',
    unknownCommand: 'podlab이 시뮬레이션하는 명령: {commands}',
    notSimulated: 'kubectl {command} 명령은 실제로 있지만 podlab은 아직 시뮬레이션하지 않아요.',
    imageRequired: '이미지를 지정하세요. 예: kubectl {command} --image=nginx',
    outputNotSupported: 'podlab은 -o {format} 형식을 지원하지 않아요. -o jsonpath=... 나 -o custom-columns=... 를 써 보세요.',
    help: 'podlab이 시뮬레이션하는 명령: {commands}. `kubectl get pods`, `kubectl run web --image=nginx`, `kubectl describe pod web`부터 해 보세요.',
    noResources: '`kubectl run 이름 --image=nginx`나 `kubectl apply -f 파일`로 만들어 보세요.',
    unterminatedQuote: '따옴표가 닫히지 않았어요: {detail}',
    chooseContainer: '-c로 컨테이너를 고르세요. 예: kubectl logs {pod} -c {container}',
    metrics: '이 클러스터에는 metrics server가 없어서 kubectl top이 보여줄 값이 없어요.',
    replicasRequired: '개수를 지정하세요. 예: kubectl scale {target} --replicas=3',
    fileNotReadable: '경로를 확인하세요. podlab을 실행한 디렉터리 기준의 상대 경로예요.',
    dryRunServer: 'podlab은 클라이언트 쪽 검사만 해요. --dry-run=client를 쓰세요.',
    useCreateDeployment: '요즘 kubectl run은 Pod만 만들어요. Deployment는 kubectl create deployment {name} --image={image}로 만드세요.',
    watchInLab: 'Ctrl+C를 누르면 지켜보기를 멈춰요.',
    unknownContext: 'kubectl config get-contexts로 컨텍스트 목록을 보세요.',
    drainBlocked: 'drain은 Pod를 하나도 내보내지 않고 멈췄어요. {node} 노드는 cordon된 채로 남아 있어요. {flags}를 붙이면 계속 진행해요. 컨트롤러가 없는 Pod는 다시 만들어지지 않고, emptyDir 데이터는 사라져요.',
    explainUnknown: 'podlab은 Pod 필드를 설명해요. 예: kubectl explain pod.spec.containers.livenessProbe',
  },
};

const PREFIX: Readonly<Record<KubectlLang, string>> = { en: 'hint: ', ko: '힌트: ' };

/** The hint line (without a newline), placeholders filled. */
export function hintText(hint: Hint, lang: KubectlLang): string {
  const template = HINTS[lang][hint.key];
  return PREFIX[lang] + template.replace(/\{(\w+)\}/g, (whole, name: string) => hint.vars?.[name] ?? whole);
}
