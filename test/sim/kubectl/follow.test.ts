// get -w and logs -f: output keeps coming as the cluster moves on.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.js';
import type { ClusterView, LogLine } from '../../../src/sim/kubectl/cluster.js';
import { runKubectl } from '../../../src/sim/kubectl/execute/index.js';
import { fakeCluster } from './fake-cluster.js';

const base = fakeCluster();

function withPod(view: ClusterView, name: string, change: (p: Pod) => Pod, nowMs = view.nowMs): ClusterView {
  return {
    ...view, nowMs,
    list: (kind, ns) => view.list(kind, ns).map((o) => (o.kind === 'Pod' && o.metadata.name === name ? change(o) : o)),
    get: (kind, ns, n) => { const o = view.get(kind, ns, n); return o?.kind === 'Pod' && n === name ? change(o) : o; },
  };
}

describe('kubectl get pods -w', () => {
  const out = runKubectl(['get', 'pods', '-w'], base, {});

  it('prints the table first', () => {
    expect(out.stdout).toBe([
      'NAME    READY   STATUS             RESTARTS      AGE',
      'big     0/1     Pending            0             3m',
      'crash   1/2     CrashLoopBackOff   4 (89s ago)   8m',
      'web     1/1     Running            0             12m',
      '',
    ].join('\n'));
  });

  it('prints nothing while no row changes but its age', () => {
    expect(out.follow?.next({ ...base.view, nowMs: base.view.nowMs + 5000 })).toBe('');
  });

  it('prints a changed row aligned with the columns already printed', () => {
    const terminating = withPod(base.view, 'web', (p) => ({ ...p, metadata: { ...p.metadata, deletionTimestamp: '2025-01-01T00:10:05Z' } }), base.view.nowMs + 6000);
    expect(out.follow?.next(terminating)).toBe('web     1/1     Terminating        0             12m\n');
  });
});

describe('kubectl logs -f', () => {
  const lines: LogLine[] = [{ ms: 0, text: 'one' }];
  const view: ClusterView = { ...base.view, logs: () => lines };
  const out = runKubectl(['logs', 'web', '-f'], { view, actions: base.actions }, {});

  it('prints what is there, then only new lines', () => {
    expect(out.stdout).toBe('one\n');
    lines.push({ ms: 1, text: 'two' }, { ms: 2, text: 'three' });
    expect(out.follow?.next(view)).toBe('two\nthree\n');
    expect(out.follow?.next(view)).toBe('');
  });
});
