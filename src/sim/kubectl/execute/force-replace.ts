// `replace --force -f FILE`: delete every object of the files, wait until they are gone, then
// create them again. The wait is the shell's (it owns the clock): the create comes back as a
// continuation, run at once when nothing is left to wait for.
import { formatApiError } from '../../api/api-error.js';
import type { ManifestRequest } from '../request.js';
import { kindPrefix, typeOfKind } from '../resources.js';
import type { WaitList } from './delete.js';
import { objectsFromFiles, printResult, type FileObject } from './manifests.js';
import { draft, type Cluster, type Draft, type ExecEnv, type KubectlOutput } from './types.js';
import { allGone, type Continuation } from './wait.js';

/** forceReplace's poll: every second, for 5 minutes unless `--timeout` says otherwise. */
const POLL_MS = 1000;
const DEFAULT_TIMEOUT_MS = 5 * 60_000;
/** DeleteResult's own wait (with --grace-period=0) has no limit short of a week. */
const WEEK_MS = 168 * 3_600_000;

const TIMED_OUT: KubectlOutput = { stdout: '', stderr: 'error: timed out waiting for the condition\n', exitCode: 1 };

const output = (d: Draft): KubectlOutput => ({ stdout: d.stdout, stderr: d.stderr, exitCode: d.exitCode });

/** The create half: each object created again, printed as `pod/web replaced`. */
function createAll(r: ManifestRequest, cluster: Cluster, objects: readonly FileObject[], env: ExecEnv): KubectlOutput {
  const out = draft();
  for (const f of objects) {
    const result = cluster.actions.create(f.object, f.source);
    if (!result.ok) {
      // Note: forceReplace returns the create's error as it is, without "error when replacing".
      out.stderr += `${formatApiError(result.error, { lang: env.lang })}\n`;
      out.exitCode = 1;
      continue;
    }
    printResult(r, result.object, 'replaced', out);
  }
  if (objects.length === 0) {
    out.stderr += 'error: no objects passed to replace\n';
    out.exitCode = 1;
  }
  return output(out);
}

/**
 * Deletes the files' objects (printing `pod "web" deleted`) and returns what to wait for and the
 * create to run after; undefined when the command ended here (an error, or the create already
 * ran because nothing had to be waited for).
 */
export function runForceReplace(
  r: ManifestRequest, cluster: Cluster, env: ExecEnv, namespace: string, out: Draft,
): { readonly waitFor: WaitList; readonly then: Continuation } | undefined {
  const objects = objectsFromFiles(r.files, env, namespace, out, r.namespace);
  if (out.exitCode !== 0) return undefined;
  // Note: staging/src/k8s.io/kubectl/pkg/cmd/replace/replace.go Complete: --grace-period=0 becomes
  // 1, and the delete itself then waits (a watch) until the object is gone.
  const isWatching = r.gracePeriod === 0;
  const grace = isWatching ? 1 : r.gracePeriod;
  const waitFor: WaitList = [];
  for (const f of objects) {
    const { kind, metadata } = f.object;
    const type = typeOfKind(kind);
    const ns = type?.namespaced === false ? '' : metadata.namespace ?? namespace;
    const name = metadata.name ?? '';
    const result = cluster.actions.delete(kind, ns, name, grace >= 0 ? { gracePeriodSeconds: grace } : {});
    if (!result.ok) {
      // Note: replace sets IgnoreNotFound: a missing object is simply created.
      if (result.error.reason === 'NotFound') continue;
      out.stderr += `${formatApiError(result.error, { source: f.source, verb: 'deleting', lang: env.lang })}\n`;
      out.exitCode = 1;
      return undefined;
    }
    const prefix = type ? kindPrefix(type) : kind.toLowerCase();
    out.stdout += r.output?.kind === 'name' ? `${prefix}/${name}\n` : `${prefix} "${name}" deleted\n`;
    waitFor.push({ kind, namespace: ns, name });
  }
  const then: Continuation = {
    sinceMs: cluster.view.nowMs,
    pollMs: isWatching ? 0 : POLL_MS,
    timeoutMs: r.timeoutMs ?? (isWatching ? WEEK_MS : DEFAULT_TIMEOUT_MS),
    run: (c) => createAll(r, c, objects, env),
    timedOut: TIMED_OUT,
  };
  if (!allGone(waitFor, cluster.view)) return { waitFor, then };
  // PollImmediate looks at once: objects deleted on the spot are created again at the same moment.
  const created = then.run(cluster);
  out.stdout += created.stdout;
  out.stderr += created.stderr;
  if (created.exitCode !== 0) out.exitCode = created.exitCode;
  return undefined;
}
