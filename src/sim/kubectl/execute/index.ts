// `execute(request, cluster, env)`: runs a parsed request against a cluster view and its actions,
// and `runKubectl(words, ...)`: parse + execute in one call, as the lab prompt uses it.
import { assertNever } from '../../../util/assert-never.js';
import { hintText, type Hint } from '../messages.js';
import { parseKubectl } from '../parse.js';
import type { KubectlRequest } from '../request.js';
import { runMeta, runScale, runSetImage, runSetResources } from './change.js';
import { runDelete, type WaitList } from './delete.js';
import { runDescribe } from './describe.js';
import { runCordon, runDrain } from './drain.js';
import { runEdit } from './edit.js';
import { runExec } from './exec.js';
import { runExplain } from './explain.js';
import { runForceReplace } from './force-replace.js';
import { runCreateKind, runExpose, runRun } from './generate.js';
import { runGet } from './get.js';
import { runLogs } from './logs.js';
import { runManifests } from './manifests.js';
import { runConfig, runSimple } from './misc.js';
import { runTop } from './top.js';
import { type Cluster, draft, type Draft, type ExecEnv, type KubectlOutput } from './types.js';
import type { Continuation } from './wait.js';

/** Output plus the objects a delete or drain waits for (the shell may run the clock until they are gone). */
export interface ExecuteResult extends KubectlOutput {
  readonly waitFor?: WaitList;
  /**
   * `replace --force`: the rest of the command, once `waitFor` is gone. The shell runs the clock
   * with `continueWait` (kubectl looks every second) and prints what it returns.
   */
  readonly then?: Continuation;
}

function finish(d: Draft, env: ExecEnv, extra: Partial<ExecuteResult> = {}): ExecuteResult {
  return {
    stdout: d.stdout, stderr: d.stderr, exitCode: d.exitCode,
    ...(d.hint ? { hint: hintText(d.hint, env.lang ?? 'en') } : {}), ...extra,
  };
}

/** The namespace a request works in: `-n`, else the current context's, else `default`. */
export function namespaceOf(r: KubectlRequest, env: ExecEnv): string {
  if (r.namespace !== undefined) return r.namespace;
  const ctx = (env.contexts ?? []).find((c) => c.name === env.currentContext);
  return ctx?.namespace ?? 'default';
}

export function execute(r: KubectlRequest, cluster: Cluster, env: ExecEnv = {}): ExecuteResult {
  const d = draft();
  const ns = namespaceOf(r, env);
  switch (r.verb) {
    case 'get': {
      const follow = runGet(r, cluster.view, ns, d);
      return finish(d, env, follow ? { follow } : {});
    }
    case 'describe': runDescribe(r, cluster.view, ns, d); return finish(d, env);
    case 'logs': {
      const follow = runLogs(r, cluster.view, ns, d);
      return finish(d, env, follow ? { follow } : {});
    }
    case 'delete': {
      const waitFor = runDelete(r, cluster, env, ns, d);
      return finish(d, env, waitFor.length > 0 ? { waitFor } : {});
    }
    case 'apply': case 'create': case 'replace': {
      if (r.verb !== 'replace' || !r.force || r.dryRun !== 'none') {
        runManifests(r, cluster, env, ns, d);
        return finish(d, env);
      }
      const waiting = runForceReplace(r, cluster, env, ns, d);
      return finish(d, env, waiting ?? {});
    }
    case 'run': runRun(r, cluster, ns, d); return finish(d, env);
    case 'create-kind': runCreateKind(r, cluster, env, ns, d); return finish(d, env);
    case 'expose': runExpose(r, cluster, ns, d); return finish(d, env);
    case 'label': case 'annotate': runMeta(r, cluster, ns, d); return finish(d, env);
    case 'set-image': runSetImage(r, cluster, ns, d); return finish(d, env);
    case 'set-resources': runSetResources(r, cluster, ns, d); return finish(d, env);
    case 'scale': runScale(r, cluster, ns, d); return finish(d, env);
    case 'cordon': case 'uncordon': runCordon(r, cluster, d); return finish(d, env);
    case 'drain': {
      const waitFor = runDrain(r, cluster, d);
      return finish(d, env, waitFor.length > 0 ? { waitFor } : {});
    }
    case 'edit': {
      const edit = runEdit(r, cluster, ns, d);
      return finish(d, env, edit ? { edit } : {});
    }
    case 'exec': runExec(r, cluster, ns, d); return finish(d, env);
    case 'top': runTop(r, cluster.view, ns, d); return finish(d, env);
    case 'config': {
      const useContext = runConfig(r, env, d);
      return finish(d, env, useContext ? { useContext } : {});
    }
    case 'explain': runExplain(r, d); return finish(d, env);
    case 'version': case 'api-resources': runSimple(r, d); return finish(d, env);
    default: return assertNever(r);
  }
}

const COMMANDS_HINT = 'get, describe, logs, apply, create, delete, run, expose, label, annotate, set, edit, replace, exec, top, config, explain, scale, cordon, uncordon, drain, version, api-resources';

/** Parses and runs one kubectl command line (words after tokenizing; a leading `kubectl`/`k` is fine). */
export function runKubectl(words: readonly string[], cluster: Cluster, env: ExecEnv = {}): ExecuteResult {
  const parsed = parseKubectl(words);
  const lang = env.lang ?? 'en';
  if (!parsed.ok) {
    const hint: Hint | undefined = parsed.hint?.key === 'help' || parsed.hint?.key === 'unknownCommand'
      ? { key: parsed.hint.key, vars: { commands: COMMANDS_HINT, ...(parsed.hint.vars ?? {}) } } : parsed.hint;
    return { stdout: parsed.stdout ?? '', stderr: parsed.stderr, exitCode: parsed.exitCode, ...(hint ? { hint: hintText(hint, lang) } : {}) };
  }
  if ('help' in parsed) return { stdout: '', stderr: '', exitCode: 0, hint: hintText({ key: 'help', vars: { commands: COMMANDS_HINT } }, lang) };
  return execute(parsed.request, cluster, env);
}
