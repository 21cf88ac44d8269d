import { describe, expect, it } from 'vitest';
import type { Taint, Toleration } from '../../../src/sim/api/types.js';
import {
  noExecuteTaintEffect, taintEvictionCancelledEvent, taintEvictionEvent, type NoExecuteVerdict,
} from '../../../src/sim/scheduler/index.js';
import { node, pod } from './fixtures.js';

const notReady: Taint = { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' };
const unreachable: Taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
const tol = (key: string | undefined, seconds?: number, extra: Partial<Toleration> = {}): Toleration =>
  ({ ...(key ? { key } : {}), operator: 'Exists', effect: 'NoExecute', ...(seconds === undefined ? {} : { tolerationSeconds: seconds }), ...extra });

describe('noExecuteTaintEffect', () => {
  it.each<[string, Taint[], Toleration[], NoExecuteVerdict]>([
    ['no taints', [], [], { evict: 'never' }],
    ['only a NoSchedule taint', [{ key: 'k', effect: 'NoSchedule' }], [], { evict: 'never' }],
    ['an untolerated NoExecute taint', [notReady], [], { evict: 'now' }],
    ['tolerated forever', [notReady], [tol(notReady.key)], { evict: 'never' }],
    ['the DefaultTolerationSeconds 300', [notReady], [tol(notReady.key, 300)], { evict: 'after', seconds: 300 }],
    ['the smallest of the used tolerations', [notReady, unreachable], [tol(notReady.key, 300), tol(unreachable.key, 60)], { evict: 'after', seconds: 60 }],
    ['one of two taints untolerated', [notReady, unreachable], [tol(notReady.key, 300)], { evict: 'now' }],
    ['zero seconds', [notReady], [tol(notReady.key, 0)], { evict: 'now' }],
    ['negative seconds', [notReady], [tol(notReady.key, -5)], { evict: 'now' }],
    ['the first matching toleration is the one used', [notReady], [tol(undefined), tol(notReady.key, 10)], { evict: 'never' }],
    ['a NoSchedule toleration does not cover NoExecute', [notReady], [tol(notReady.key, undefined, { effect: 'NoSchedule' })], { evict: 'now' }],
    ['an empty effect covers NoExecute', [notReady], [tol(notReady.key, 30, { effect: undefined })], { evict: 'after', seconds: 30 }],
  ])('%s', (_name, taints, tolerations, want) => {
    expect(noExecuteTaintEffect(pod('p', { tolerations }), node('n', { taints }))).toEqual(want);
  });

  it('events name the pod as namespace/name', () => {
    expect(taintEvictionEvent(pod('web'))).toEqual({ type: 'Normal', reason: 'TaintManagerEviction', source: 'taint-eviction-controller',
      object: 'pod/web', namespace: 'default', uid: 'uid-web', message: 'Marking for deletion Pod default/web' });
    expect(taintEvictionCancelledEvent(pod('web')).message).toBe('Cancelling deletion of Pod default/web');
  });
});
