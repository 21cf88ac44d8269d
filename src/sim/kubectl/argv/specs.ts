// The flags each kubectl v1.32 command accepts (a faithful subset: every flag kubectl has for
// these commands is known here, so a misspelt one is refused exactly as kubectl refuses it).
import type { FlagKind, FlagSpec } from './flags.js';

const f = (name: string, kind: FlagKind, short?: string, noOptDefault?: string): FlagSpec =>
  ({ name, kind, ...(short ? { short } : {}), ...(noOptDefault ? { noOptDefault } : {}) });
const b = (name: string, short?: string) => f(name, 'bool', short);
const s = (name: string, short?: string) => f(name, 'string', short);
const n = (name: string, short?: string) => f(name, 'int', short);

/** kubectl's persistent flags, valid on every command. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  s('namespace', 'n'), s('context'), s('kubeconfig'), s('cluster'), s('user'), s('server', 's'), s('token'),
  s('as'), f('as-group', 'stringArray'), s('as-uid'), s('cache-dir'), s('certificate-authority'), s('client-certificate'),
  s('client-key'), b('insecure-skip-tls-verify'), s('request-timeout'), b('match-server-version'), b('warnings-as-errors'),
  b('disable-compression'), s('tls-server-name'), s('profile'), s('profile-output'), n('v', 'v'), s('vmodule'),
  s('log-flush-frequency'),
];

const printFlags = [s('output', 'o'), s('template'), b('allow-missing-template-keys'), b('show-managed-fields')];
const dryRun = f('dry-run', 'string', undefined, 'unchanged');
const fileFlags = [f('filename', 'stringSlice', 'f'), s('kustomize', 'k'), b('recursive', 'R')];
const writeFlags = [...printFlags, dryRun, s('field-manager'), f('validate', 'string', undefined, 'strict')];

/** Flags per command path (`get`, `create deployment`, `set image` ...). */
export const COMMAND_FLAGS: Readonly<Record<string, readonly FlagSpec[]>> = {
  get: [...printFlags, ...fileFlags, b('all-namespaces', 'A'), n('chunk-size'), s('field-selector'), b('ignore-not-found'),
    f('label-columns', 'stringSlice', 'L'), b('no-headers'), b('output-watch-events'), s('raw'), s('selector', 'l'),
    b('server-print'), b('show-kind'), b('show-labels'), s('sort-by'), s('subresource'), b('watch', 'w'), b('watch-only')],
  describe: [...fileFlags, b('all-namespaces', 'A'), n('chunk-size'), s('selector', 'l'), b('show-events')],
  logs: [b('all-containers'), b('all-pods'), s('container', 'c'), b('follow', 'f'), b('ignore-errors'),
    b('insecure-skip-tls-verify-backend'), n('limit-bytes'), n('max-log-requests'), s('pod-running-timeout'), b('prefix'),
    b('previous', 'p'), s('selector', 'l'), s('since'), s('since-time'), n('tail'), b('timestamps')],
  delete: [...fileFlags, b('all'), b('all-namespaces', 'A'), f('cascade', 'string', undefined, 'background'), dryRun,
    s('field-selector'), b('force'), n('grace-period'), b('ignore-not-found'), b('interactive', 'i'), b('now'), s('output', 'o'),
    s('raw'), s('selector', 'l'), s('timeout'), b('wait')],
  apply: [...writeFlags, ...fileFlags, b('all'), f('cascade', 'string', undefined, 'background'), b('force'), b('force-conflicts'),
    n('grace-period'), b('overwrite'), b('prune'), f('prune-allowlist', 'stringArray'), s('selector', 'l'), b('server-side'),
    s('timeout'), b('wait'), b('openapi-patch')],
  create: [...writeFlags, ...fileFlags, b('edit'), s('raw'), b('save-config'), s('selector', 'l'), b('windows-line-endings')],
  'create deployment': [...writeFlags, f('image', 'stringSlice'), n('port'), n('replicas', 'r'), b('save-config')],
  'create configmap': [...writeFlags, b('append-hash'), f('from-env-file', 'stringSlice'), f('from-file', 'stringSlice'),
    f('from-literal', 'stringArray'), b('save-config')],
  'create secret generic': [...writeFlags, b('append-hash'), f('from-env-file', 'stringSlice'), f('from-file', 'stringSlice'),
    f('from-literal', 'stringArray'), b('save-config'), s('type')],
  'create secret': [],
  'create service clusterip': [...writeFlags, s('clusterip'), b('save-config'), f('tcp', 'stringSlice')],
  'create service nodeport': [...writeFlags, n('node-port'), b('save-config'), f('tcp', 'stringSlice')],
  'create service loadbalancer': [...writeFlags, b('save-config'), f('tcp', 'stringSlice')],
  'create service externalname': [...writeFlags, s('external-name'), b('save-config'), f('tcp', 'stringSlice')],
  'create service': [],
  'create namespace': [...writeFlags, b('save-config')],
  run: [...printFlags, f('annotations', 'stringArray'), b('attach'), f('cascade', 'string', undefined, 'background'),
    b('command'), dryRun, f('env', 'stringArray'), b('expose'), s('field-manager'), f('filename', 'stringSlice', 'f'),
    b('force'), n('grace-period'), s('image'), s('image-pull-policy'), s('labels', 'l'), b('leave-stdin-open'),
    s('override-type'), s('overrides'), s('pod-running-timeout'), s('port'), b('privileged'), b('quiet', 'q'),
    b('recursive', 'R'), s('restart'), b('rm'), b('save-config'), b('stdin', 'i'), s('timeout'), b('tty', 't'), b('wait')],
  expose: [...writeFlags, ...fileFlags, s('cluster-ip'), s('external-ip'), s('labels', 'l'), s('load-balancer-ip'), s('name'),
    s('override-type'), s('overrides'), s('port'), s('protocol'), b('save-config'), s('selector'), s('session-affinity'),
    s('target-port'), s('type')],
  label: [...printFlags, ...fileFlags, b('all'), b('all-namespaces', 'A'), dryRun, s('field-manager'), s('field-selector'),
    b('list'), b('local'), b('overwrite'), s('resource-version'), s('selector', 'l')],
  annotate: [...printFlags, ...fileFlags, b('all'), b('all-namespaces', 'A'), dryRun, s('field-manager'), s('field-selector'),
    b('list'), b('local'), b('overwrite'), s('resource-version'), s('selector', 'l')],
  'set image': [...printFlags, ...fileFlags, b('all'), dryRun, s('field-manager'), b('local'), s('selector', 'l')],
  'set resources': [...printFlags, ...fileFlags, b('all'), s('containers', 'c'), dryRun, s('field-manager'), s('limits'),
    b('local'), s('requests'), s('selector', 'l')],
  set: [],
  edit: [...printFlags, ...fileFlags, s('field-manager'), b('output-patch'), b('save-config'), s('subresource'),
    f('validate', 'string', undefined, 'strict'), b('windows-line-endings')],
  replace: [...writeFlags, ...fileFlags, f('cascade', 'string', undefined, 'background'), b('force'), n('grace-period'),
    s('raw'), b('save-config'), s('subresource'), s('timeout'), b('wait')],
  exec: [s('container', 'c'), f('filename', 'stringSlice', 'f'), s('pod-running-timeout'), b('quiet', 'q'), b('stdin', 'i'), b('tty', 't')],
  'top pod': [b('all-namespaces', 'A'), b('containers'), s('field-selector'), b('no-headers'), s('selector', 'l'),
    s('sort-by'), b('sum'), b('use-protocol-buffers')],
  'top node': [b('no-headers'), s('selector', 'l'), b('show-capacity'), s('sort-by'), b('use-protocol-buffers')],
  top: [],
  'config use-context': [],
  'config get-contexts': [b('no-headers'), s('output', 'o')],
  'config current-context': [],
  'config view': [...printFlags, b('flatten'), b('merge'), b('minify'), b('raw')],
  config: [],
  explain: [s('api-version'), s('output', 'o'), b('recursive')],
  scale: [...printFlags, ...fileFlags, b('all'), n('current-replicas'), dryRun, n('replicas'), s('resource-version'),
    s('selector', 'l'), s('timeout')],
  cordon: [dryRun, s('selector', 'l')],
  uncordon: [dryRun, s('selector', 'l')],
  drain: [n('chunk-size'), b('delete-emptydir-data'), b('delete-local-data'), b('disable-eviction'), dryRun, b('force'),
    n('grace-period'), b('ignore-daemonsets'), b('ignore-errors'), s('pod-selector'), s('selector', 'l'),
    n('skip-wait-for-delete-timeout'), s('timeout')],
  version: [b('client'), s('output', 'o')],
  'api-resources': [s('api-group'), b('cached'), f('categories', 'stringSlice'), b('namespaced'), b('no-headers'),
    s('output', 'o'), s('sort-by'), f('verbs', 'stringSlice')],
};

/** kubectl's top-level commands in the order it registers them (the order `Did you mean` lists). */
export const KUBECTL_COMMANDS: readonly string[] = [
  'create', 'expose', 'run', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'autoscale', 'certificate',
  'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'describe', 'logs', 'attach', 'exec', 'port-forward',
  'proxy', 'cp', 'auth', 'debug', 'events', 'diff', 'apply', 'patch', 'replace', 'wait', 'kustomize', 'label', 'annotate',
  'completion', 'config', 'plugin', 'version', 'api-versions', 'api-resources', 'options', 'help',
];
