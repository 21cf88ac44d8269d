// The inputs and outputs of executing a request.
import type { ClusterActions, ClusterView } from '../cluster.js';
import type { ReadFile } from '../generate/kinds.js';
import type { Hint, KubectlLang } from '../messages.js';

/** The cluster a command runs against. */
export interface Cluster {
  readonly view: ClusterView;
  readonly actions: ClusterActions;
}

/** A kubeconfig context, as `config get-contexts` lists it. */
export interface KubeContext {
  readonly name: string;
  readonly cluster: string;
  readonly user: string;
  readonly namespace?: string;
}

/** What parsing YAML/JSON files gave: documents as plain data, or why the file could not be read. */
export type ManifestRead =
  | { readonly ok: true; readonly documents: readonly unknown[] }
  | { readonly ok: false; readonly error: string };

/** The I/O and settings the shell provides (the kubectl layer itself reads nothing). */
export interface ExecEnv {
  readonly lang?: KubectlLang;
  /** Reads and parses a manifest path (`-` = stdin) into documents; errors in kubectl's words. */
  readonly readManifests?: (path: string) => ManifestRead;
  /** Reads a plain file (`create configmap --from-file`). */
  readonly readFile?: ReadFile;
  readonly contexts?: readonly KubeContext[];
  readonly currentContext?: string;
}

/** Continues `get -w` / `logs -f` as the cluster moves on. */
export interface FollowSession {
  /** The new output since the last call (or since the command ran). */
  next(view: ClusterView): string;
}

/** `kubectl edit`: the text to edit, and what saving the edited documents does. */
export interface EditSession {
  readonly text: string;
  readonly extension: 'yaml' | 'json';
  finish(documents: readonly unknown[], cluster: Cluster): KubectlOutput;
}

/** What a kubectl command printed and left behind. */
export interface KubectlOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** podlab's hint line in the chosen language (`hint: ...`); the shell prints it after stderr. */
  readonly hint?: string;
  readonly follow?: FollowSession;
  readonly edit?: EditSession;
  /** `config use-context`: the context to make current (the shell stores it). */
  readonly useContext?: string;
}

/** Output under construction. */
export interface Draft {
  stdout: string;
  stderr: string;
  exitCode: number;
  hint?: Hint;
}

export const draft = (): Draft => ({ stdout: '', stderr: '', exitCode: 0 });
