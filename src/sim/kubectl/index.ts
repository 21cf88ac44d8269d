// kubectl inside podlab: parse a command line, run it against a cluster view and its actions,
// and print exactly what kubectl v1.32 prints (plus podlab's hint lines).
export { tokenize, type Tokenized } from './argv/tokenize.js';
export { parseKubectl, SIMULATED_COMMANDS, type ParseResult } from './parse.js';
export { execute, namespaceOf, runKubectl, type ExecuteResult } from './execute/index.js';
export { allGone, continueWait, nextLook, type Continuation } from './execute/wait.js';
export type { Cluster, EditSession, ExecEnv, FollowSession, KubeContext, KubectlOutput, ManifestRead } from './execute/types.js';
export type {
  ApiFailure, ApplyOutcome, ClusterActions, ClusterEvent, ClusterView, DeleteOptions, ExecResult, KubeKind, LogLine, Usage, WriteResult,
} from './cluster.js';
export type { KubectlRequest, OutputFormat, Target } from './request.js';
export { HINTS, hintText, type Hint, type HintKey, type KubectlLang } from './messages.js';
export { describePod } from './describe/pod.js';
export { describeNode } from './describe/node.js';
export { printTable, WatchTablePrinter, type Table, type TableColumn, type TablePrintOptions } from './print/table.js';
export { toYaml } from './print/yaml.js';
export { toJson } from './print/json.js';
export { printJsonPath, printCustomColumns } from './print/objects.js';
export { podTable } from './tables/pods.js';
export { renderExplain } from './explain/render.js';
export { DEFAULT_CONTEXTS, CLIENT_VERSION } from './execute/misc.js';
export { engineActions, engineCluster, engineView, type EngineSession } from './engine-adapter.js';
