/**
 * A reference solution (kubectl command lines, and/or a manifest to apply) run the way a learner
 * would run it: through the kubectl layer (`runKubectl` over the engine), one line after the
 * other from t = 0 on the setup, each `delete` (and `replace --force`, before it creates) waiting
 * until its objects are gone as kubectl does.
 */
import { parseManifestText } from '../../manifest/read.js';
import type { SimState } from '../../sim/index.js';
import { continueWait, engineCluster, runKubectl, tokenize, type EngineSession, type ExecEnv } from '../../sim/kubectl/index.js';
import type { SourcePos } from '../types.js';
import type { SimCheckCtx } from './context.js';
import { advance, startRun, type RunInput } from './run.js';

/** When the learner's first command runs: a minute in, once the setup has settled (as it has by the time a task is read). */
export const SOLUTION_AT_MS = 60_000;
/** The longest a `kubectl delete` waits for its objects to go (kubectl's own default is a week). */
const MAX_WAIT_MS = 10 * 60 * 1000;
const WAIT_STEP_MS = 1000;

/** One command line and where the content holds it. */
export interface SolutionLine {
  readonly text: string;
  readonly at: SourcePos;
}

/** The first shell operator outside quotes (`|`, `>`, `&&` ...): such a line needs a shell. */
export function shellOperator(line: string): string | undefined {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '\\') i++;
    else if (c === "'" || c === '"') quote = c;
    else if ('|><;&`'.includes(c) || (c === '$' && line[i + 1] === '(')) return c === '$' ? '$(' : c;
  }
  return undefined;
}

/** Whether the line reads a file (`-f pod.yaml`): the simulator has no files to read. */
export function readsFile(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.some((w, i) => ((w === '-f' || w === '--filename') && words[i + 1] !== undefined && words[i + 1] !== '-')
    || (/^(-f|--filename)=./.test(w) && !/^(-f|--filename)=-$/.test(w)));
}

const oneLine = (text: string): string => text.trim().split('\n').map((l) => l.trim()).filter(Boolean).join(' ');

/** Runs one line; false when kubectl refused it or it cannot be replayed (reported or noted). */
function runLine(ctx: SimCheckCtx, session: EngineSession, line: SolutionLine, env: ExecEnv): boolean {
  const words = tokenize(line.text);
  if (!words.ok) {
    ctx.report(line.at, 'sim-command', { key: 'commandFails', vars: { output: words.error } }, { key: 'commandFailsHint' });
    return false;
  }
  const result = runKubectl(words.words, engineCluster(session), env);
  if (result.exitCode !== 0) {
    ctx.report(line.at, 'sim-command', { key: 'commandFails', vars: { output: oneLine(result.stderr) } }, { key: 'commandFailsHint' });
    return false;
  }
  if (result.edit) {
    ctx.skip(line.at, 'kubectl-unsupported', line.text);
    return false;
  }
  if (result.then && result.waitFor) {
    // `replace --force`: kubectl looks every second until the old object is gone, then creates it.
    const cluster = engineCluster(session);
    const moveTo = (epochMs: number) => {
      session.state = advance(session.state, epochMs - session.state.startEpochMs);
    };
    const rest = continueWait(result.waitFor, result.then, cluster, moveTo, cluster.view.nowMs + MAX_WAIT_MS);
    if (rest && rest.exitCode !== 0) {
      ctx.report(line.at, 'sim-command', { key: 'commandFails', vars: { output: oneLine(rest.stderr) } }, { key: 'commandFailsHint' });
      return false;
    }
    return true;
  }
  const gone = () => (result.waitFor ?? []).every((w) => !engineCluster(session).view.get(w.kind, w.namespace, w.name));
  for (let waited = 0; !gone() && waited < MAX_WAIT_MS; waited += WAIT_STEP_MS) {
    session.state = advance(session.state, session.state.now + WAIT_STEP_MS);
  }
  return true;
}

/** Whether a solution's manifest is applied before its command lines (drills) or after them (lab steps). */
export type ManifestOrder = 'manifest-first' | 'commands-first';

/**
 * The cluster right after the solution ran on the setup (its clock at the moment the learner is
 * done), or undefined when the solution cannot be replayed: a line kubectl refuses (an error at
 * that line), or one that needs a shell, files or an editor (noted as skipped).
 */
export function runSolution(
  ctx: SimCheckCtx, setup: RunInput, lines: readonly SolutionLine[], manifest?: { readonly text: string; readonly at: SourcePos },
): SimState | undefined {
  return runSolutionOn(ctx, advance(startRun(setup.objects, setup.scenario), SOLUTION_AT_MS), lines, manifest, 'manifest-first');
}

/** The same from the cluster `start`, with the manifest applied (as `kubectl apply -f -`) in `order`. */
export function runSolutionOn(
  ctx: SimCheckCtx, start: SimState, lines: readonly SolutionLine[],
  manifest: { readonly text: string; readonly at: SourcePos } | undefined, order: ManifestOrder,
): SimState | undefined {
  for (const line of lines) {
    if (shellOperator(line.text) !== undefined || readsFile(line.text)) {
      ctx.skip(line.at, 'needs-shell', line.text);
      return undefined;
    }
  }
  const session: EngineSession = { state: start, commands: [] };
  const documents = manifest ? parseManifestText('solution', manifest.text).docs.map((d) => d.value) : [];
  const env: ExecEnv = {
    lang: ctx.lang,
    readManifests: (path) => (path === '-' ? { ok: true, documents } : { ok: false, error: `the path "${path}" does not exist` }),
  };
  const apply = manifest ? [{ text: 'kubectl apply -f -', at: manifest.at }] : [];
  const all = order === 'manifest-first' ? [...apply, ...lines] : [...lines, ...apply];
  for (const line of all) if (!runLine(ctx, session, line, env)) return undefined;
  return session.state;
}
