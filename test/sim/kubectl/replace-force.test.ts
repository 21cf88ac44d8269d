// `kubectl replace --force -f`: delete, wait until the object is gone (kubectl looks every
// second), then create it again, as forceReplace in kubectl v1.32's replace.go.
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { init, runUntil } from '../../../src/sim/index.js';
import { engineCluster, type EngineSession } from '../../../src/sim/kubectl/engine-adapter.js';
import { runKubectl } from '../../../src/sim/kubectl/execute/index.js';
import { continueWait, type ExecEnv } from '../../../src/sim/kubectl/index.js';

const START = Date.UTC(2025, 0, 1);
const AT = 60_000;

const pod = (command?: string) => [
  'apiVersion: v1', 'kind: Pod', 'metadata: {name: web}', 'spec:', '  containers:', '  - name: app',
  ...(command ? ['    image: busybox:1.36', `    command: ${command}`] : ['    image: nginx:1.25']),
].join('\n');

const withFile = (yaml: string): ExecEnv => ({ readManifests: () => ({ ok: true, documents: parseAllDocuments(yaml).map((d) => d.toJS()) }) });

/** Runs a pod from `yaml` for a minute, then `kubectl replace --force ...flags`, waiting as the shells do. */
function replaceForce(yaml: string, flags: readonly string[], opts: { readonly run?: boolean } = {}) {
  const s: EngineSession = { state: init({ objects: [], startEpochMs: START }, 1), commands: [] };
  const cluster = engineCluster(s);
  if (opts.run !== false) runKubectl(['create', '-f', 'pod.yaml'], cluster, withFile(yaml));
  [s.state] = runUntil(s.state, AT);
  const uid = cluster.view.get('Pod', 'default', 'web')?.metadata.uid;
  const first = runKubectl(['replace', '--force', '-f', 'pod.yaml', ...flags], cluster, withFile(yaml));
  const advance = (ms: number) => { [s.state] = runUntil(s.state, ms - START); };
  const rest = first.then && first.waitFor ? continueWait(first.waitFor, first.then, cluster, advance, START + AT + 10 * 60_000) : undefined;
  const now = cluster.view.get('Pod', 'default', 'web');
  return { first, rest, waitedMs: s.state.now - AT, kinds: s.commands.map((c) => c.kind), isNew: now !== undefined && now.metadata.uid !== uid };
}

const SLEEPER = pod('["sh", "-c", "sleep 3600"]');

describe('replace --force', () => {
  it.each([
    // nginx stops on SIGTERM at once; kubectl sees it gone at its next look, a second in.
    ['nginx, its own grace period', pod(), [], 'pod "web" deleted\n', 'pod/web replaced\n', 1000],
    // A shell as PID 1 ignores SIGTERM: the kubelet kills it when the 30 s grace period ends.
    ['sh -c "sleep 3600", its own grace period', SLEEPER, [], 'pod "web" deleted\n', 'pod/web replaced\n', 30_000],
    ['sh -c "sleep 3600", --grace-period=10', SLEEPER, ['--grace-period=10'], 'pod "web" deleted\n', 'pod/web replaced\n', 10_000],
    // Note: replace.go turns --grace-period=0 into 1 and watches for the delete (no polling).
    ['nginx, --grace-period=0', pod(), ['--grace-period=0'], 'pod "web" deleted\n', 'pod/web replaced\n', 100],
    // ... and the kubelet gives a container at least 2 s (kuberuntime minimumGracePeriodInSeconds).
    ['sh -c "sleep 3600", --grace-period=0', SLEEPER, ['--grace-period=0'], 'pod "web" deleted\n', 'pod/web replaced\n', 2000],
    ['-o name', pod(), ['-o', 'name'], 'pod/web\n', 'pod/web\n', 1000],
    ['--timeout shorter than the grace period', SLEEPER, ['--timeout=10s'], 'pod "web" deleted\n', '', 10_000],
  ])('%s: prints the delete, waits, then the create', (_name, yaml, flags, deleted, replaced, waitedMs) => {
    const r = replaceForce(yaml, flags);
    expect(r.first).toMatchObject({ stdout: deleted, stderr: '', exitCode: 0 });
    expect(r.rest?.stdout).toBe(replaced);
    expect(r.waitedMs).toBe(waitedMs);
  });

  it('gives up after --timeout, as PollImmediate does, and creates nothing', () => {
    const r = replaceForce(SLEEPER, ['--timeout=10s']);
    expect(r.rest).toEqual({ stdout: '', stderr: 'error: timed out waiting for the condition\n', exitCode: 1 });
    expect(r.kinds).toEqual(['create', 'delete']);
  });

  it('creates a new pod (a new UID) from a delete and a create command', () => {
    const r = replaceForce(pod(), []);
    expect(r.kinds).toEqual(['create', 'delete', 'create']);
    expect(r.isNew).toBe(true);
  });

  it('creates a missing object at once, with only the replaced line', () => {
    const r = replaceForce(pod(), [], { run: false });
    expect(r.first).toMatchObject({ stdout: 'pod/web replaced\n', exitCode: 0 });
    expect(r.first.then).toBeUndefined();
    expect(r.kinds).toEqual(['delete', 'create']); // the DELETE is sent, and answered 404
  });

  it.each([
    ['--dry-run=client', ['--dry-run=client'], 'pod/web replaced (dry run)\n'],
    ['without --force', [], 'pod/web replaced\n'],
  ])('%s: unchanged, no wait', (_name, flags, stdout) => {
    const s: EngineSession = { state: init({ objects: [], startEpochMs: START }, 1), commands: [] };
    const cluster = engineCluster(s);
    runKubectl(['create', '-f', 'pod.yaml'], cluster, withFile(pod()));
    const words = flags.length === 0 ? ['replace', '-f', 'pod.yaml'] : ['replace', '--force', '-f', 'pod.yaml', ...flags];
    const r = runKubectl(words, cluster, withFile(pod()));
    expect(r).toMatchObject({ stdout, exitCode: 0 });
    expect(r.then).toBeUndefined();
  });

  it.each([
    [['--grace-period=5'], 'error: --grace-period must have --force specified\n'],
    [['--timeout=1m'], 'error: --timeout must have --force specified\n'],
  ])('replace %j without --force is refused', (flags, stderr) => {
    const cluster = engineCluster({ state: init({ objects: [], startEpochMs: START }, 1), commands: [] });
    expect(runKubectl(['replace', '-f', 'pod.yaml', ...flags], cluster, withFile(pod()))).toMatchObject({ stderr, exitCode: 1 });
  });
});
