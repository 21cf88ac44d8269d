// `podlab kubectl ARGS...`: one kubectl command against the saved practice cluster. Each call
// rebuilds the cluster at the wall clock's cluster time, runs the command, and saves what changed.
import {
  allGone as allGoneNow, continueWait, parseKubectl, runKubectl, type ClusterView, type Continuation, type ExecEnv, type ExecuteResult, type KubectlOutput,
} from '../sim/kubectl/index.js';
import { jumpAhead } from './clock.js';
import { DEFAULT_CONTEXT, PRACTICE_CONTEXTS } from './contexts.js';
import { editAndSave } from './edit-flow.js';
import type { EditFile } from './editor.js';
import { fileEnv, type FileAccess } from './files.js';
import { liveView, tickUntil, type Ticking } from './live.js';
import { practiceText } from './messages.js';
import { freshSave, type PracticeSave } from './save.js';
import type { LiveCluster } from './session.js';
import { inCluster, withSave, type SaveIO } from './transact.js';

/** Everything `podlab kubectl` uses from outside; the command module passes the real ones. */
export interface PracticeDeps extends SaveIO, Omit<Ticking, 'signal'> {
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  /** Output goes to a terminal: `get -w`, `logs -f` and delete's wait run in real time. */
  readonly isLive: boolean;
  /** Starts listening for Ctrl+C; `dispose` stops. */
  readonly onInterrupt: () => { readonly signal: AbortSignal; dispose(): void };
  /** The temporary file and editor for `kubectl edit`. */
  readonly editFile: (extension: string) => EditFile;
}

/** Exit code of a process ended by Ctrl+C, as the shell reports kubectl's. */
export const INTERRUPTED = 130;
/** A delete without a terminal stops waiting after this much cluster time. */
const MAX_SETTLE_MS = 10 * 60_000;

/** Prints a kubectl result: stdout, then stderr, then podlab's hint line. */
export function printOutput(o: KubectlOutput, deps: Pick<PracticeDeps, 'out' | 'warn'>): void {
  if (o.stdout) deps.out(o.stdout);
  if (o.stderr) deps.warn(o.stderr);
  if (o.hint) deps.warn(o.hint + '\n');
}

/** Reads what the command's files need before it runs (the kubectl layer reads synchronously). */
async function fileAccess(words: readonly string[], deps: PracticeDeps): Promise<FileAccess> {
  const parsed = parseKubectl(words);
  const request = parsed.ok && 'request' in parsed ? parsed.request : undefined;
  const files = request && 'files' in request ? request.files : [];
  const isParsing = files.length > 0 || request?.verb === 'edit';
  const parse = isParsing ? (await import('../manifest/read.js')).parseManifestText : undefined;
  const stdin = files.includes('-') ? await deps.readStdin() : undefined;
  return { cwd: deps.cwd, ...(stdin !== undefined ? { stdin } : {}), ...(parse ? { parse } : {}) };
}

type WaitList = NonNullable<ExecuteResult['waitFor']>;
const allGone = (waitFor: WaitList) => (view: ClusterView) => waitFor.every((w) => view.get(w.kind, w.namespace, w.name) === undefined);

/** Cluster time until deleted objects are gone, found by running a copy forward; undefined if never. */
function settleTime(live: LiveCluster, waitFor: WaitList): number | undefined {
  const from = live.session.state.now;
  const gone = allGone(waitFor);
  for (let t = from; t <= from + MAX_SETTLE_MS; t += 1000) {
    live.advance(t);
    if (gone(live.cluster.view)) return t - from;
  }
  return undefined;
}

/** The cluster time `replace --force` creates at (its clock left there), and what it printed; undefined if never. */
function settleThen(live: LiveCluster, waitFor: WaitList, then: Continuation): KubectlOutput | undefined {
  const start = live.session.state.startEpochMs;
  return continueWait(waitFor, then, live.cluster, (ms) => live.advance(ms - start), live.cluster.view.nowMs + MAX_SETTLE_MS);
}

/** In real time, the rest of `replace --force` runs as a change of its own, on the cluster as it is now. */
async function finishLive(waitFor: WaitList, then: Continuation, deps: PracticeDeps): Promise<number> {
  const ran = await inCluster(deps, ({ live }) => ({
    value: { rest: allGoneNow(waitFor, live.cluster.view) ? then.run(live.cluster) : then.timedOut },
  }));
  if (!ran.ok) {
    deps.warn(ran.message + '\n');
    return 1;
  }
  printOutput(ran.value.rest, deps);
  return ran.value.rest.exitCode;
}

/** `podlab kubectl reset`: every practice cluster starts over; the speed and the in-app labs are kept. */
async function reset(words: readonly string[], deps: PracticeDeps): Promise<number> {
  const t = practiceText(deps.lang);
  if (words.length > 1) {
    deps.warn(t('resetUsage') + '\n');
    return 2;
  }
  const done = await withSave(deps, ({ save, wallMs }) => ({ value: null, next: { ...freshSave(wallMs, DEFAULT_CONTEXT, save.speed), ...(save.labs ? { labs: save.labs } : {}) } }), { isForced: true });
  if (!done.ok) {
    deps.warn(done.message + '\n');
    return 1;
  }
  deps.out(t('reset') + '\n');
  return 0;
}

/** Runs one `podlab kubectl` command line; returns kubectl's exit code (2 for podlab usage errors). */
export async function practiceKubectl(words: readonly string[], deps: PracticeDeps): Promise<number> {
  if (words[0] === 'reset') return reset(words, deps);
  const access = await fileAccess(words, deps);
  const env: ExecEnv = { lang: deps.lang, ...fileEnv(access), contexts: PRACTICE_CONTEXTS };
  const ran = await inCluster(deps, ({ context, live }) => {
    const result = runKubectl(words, live.cluster, { ...env, currentContext: context });
    const changes: ((s: PracticeSave) => PracticeSave)[] = [];
    const useContext = result.useContext;
    if (useContext !== undefined) changes.push((s) => ({ ...s, currentContext: useContext }));
    // Without a terminal there is no waiting in real time: the cluster time a delete would have
    // waited passes at once, so the next command sees the object gone, as after kubectl's wait.
    let rest: KubectlOutput | undefined;
    if (result.waitFor && !deps.isLive) {
      const from = live.session.state.now;
      // `replace --force` creates at the moment kubectl would, and the create is logged then.
      if (result.then) rest = settleThen(live, result.waitFor, result.then);
      const jump = result.then ? (rest ? live.session.state.now - from : undefined) : settleTime(live, result.waitFor);
      if (jump) changes.push((s) => jumpAhead(s, jump));
    }
    return { value: { result, context, rest }, ...(changes.length ? { change: (s: PracticeSave) => changes.reduce((acc, f) => f(acc), s) } : {}) };
  });
  if (!ran.ok) {
    deps.warn(ran.message + '\n');
    return 1;
  }
  const { result, context, live, rest } = ran.value;
  const follow = result.follow;
  const waitFor = result.waitFor;
  const isFollowing = deps.isLive && !result.edit && Boolean(follow || waitFor);
  // Note: Ctrl+C is caught before the first line is printed: a learner (or a test) who sees
  // the table and presses Ctrl+C at once must not meet Node's default SIGINT action.
  const interrupt = isFollowing ? deps.onInterrupt() : undefined;
  printOutput(result, deps);
  if (rest) printOutput(rest, deps);
  if (result.edit) return editAndSave(result.edit, access, deps);
  if (!interrupt) return rest && rest.exitCode !== 0 ? rest.exitCode : result.exitCode;
  try {
    const viewAt = liveView(deps.env, context, ran.save, live);
    const step = follow
      ? (view: ClusterView) => {
        deps.out(follow.next(view));
        return false;
      }
      : allGone(waitFor ?? []);
    const then = result.then;
    const isOver = then ? (view: ClusterView) => view.nowMs - then.sinceMs >= then.timeoutMs : () => false;
    const interrupted = await tickUntil(viewAt, (view) => step(view) || isOver(view), { wallNow: deps.wallNow, sleep: deps.sleep, signal: interrupt.signal });
    if (interrupted) return INTERRUPTED;
    return then && waitFor ? finishLive(waitFor, then, deps) : result.exitCode;
  } finally {
    interrupt.dispose();
  }
}
