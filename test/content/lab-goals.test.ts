import { describe, expect, it } from 'vitest';
import { admitManifest } from '../../src/content/sim-checks/admit.js';
import { labGoalMet, ranMatches } from '../../src/content/sim-checks/lab-goals.js';
import { advance, startRun } from '../../src/content/sim-checks/run.js';
import type { LabGoal } from '../../src/content/index.js';
import { tokenize } from '../../src/sim/kubectl/index.js';

const words = (line: string): readonly string[] => {
  const t = tokenize(line);
  if (!t.ok) throw new Error(`cannot split ${line}`);
  return t.words;
};

/** [goal command, what the learner typed, whether it satisfies the goal]. */
const ROWS: readonly [string, string, boolean][] = [
  ['describe pod web', 'kubectl describe pod web', true],
  ['describe pod web', 'k describe po web', true],
  ['describe pod web', 'kubectl describe pods/web', true],
  ['describe pod web', 'describe pods web', true],
  ['kubectl describe pod web', 'k describe Pod web', true],
  ['describe pod/web', 'kubectl describe po web', true],
  ['describe pod web', 'kubectl describe pod db', false],
  ['describe pod web', 'kubectl get pod web', false],
  ['describe pod web', 'kubectl describe deploy web', false],
  ['describe pod web', 'kubectl describe web pod', false],
  ['describe pod web', 'kubectl describe', false],
  ['describe pod web', '', false],
  ['logs web -c shipper', 'kubectl logs web -c shipper', true],
  ['logs web -c shipper', 'kubectl logs -c shipper web', true],
  ['logs web -c shipper', 'kubectl logs web --container=shipper', true],
  ['logs web -c shipper', 'kubectl logs web --container shipper', true],
  ['logs web --container=shipper', 'k logs web -c shipper', true],
  ['logs web -c shipper', 'kubectl logs web -cshipper', true],
  ['logs web -c shipper', 'kubectl logs web', false],
  ['logs web -c shipper', 'kubectl logs web -c app', false],
  ['logs web --previous', 'k logs web -p', true],
  ['logs web -p', 'k logs web -p -c app --tail=5', true],
  ['logs web --previous', 'k logs web --previous=false', false],
  ['logs web -f', 'kubectl logs web --follow', true],
  ['logs pod/web', 'kubectl logs pod/web -c app', true],
  ['get pods -n dev', 'kubectl get po --namespace=dev', true],
  ['get pods -n dev', 'kubectl -n dev get pods', true],
  ['get pods -n dev', 'kubectl get pods -n prod', false],
  ['get pods -n dev', 'kubectl get pods', false],
  ['get pods -o wide', 'kubectl get po -owide', true],
  ['get pods -o wide', 'kubectl get pods --output=wide', true],
  ['get pods -o wide', 'kubectl get pods -o yaml', false],
  ['get pods -w', 'kubectl get pods --watch', true],
  ['get pods -l app=web', 'kubectl get pods --selector app=web', true],
  ['get pods -A', 'kubectl get pods --all-namespaces', true],
  ['get pods', 'kubectl get pods web', true],
  ['get pod web -o yaml', 'kubectl get pod/web -o yaml', true],
  ['get pod web -o jsonpath={.spec.nodeName}', "kubectl get pod web -o 'jsonpath={.spec.nodeName}'", true],
  ['apply -f -', 'kubectl apply --filename=-', true],
  ['delete pod web', 'kubectl delete po web --now', true],
  ['delete pod web --now', 'kubectl delete po web', false],
  ['create deployment web', 'kubectl create deploy web --image=nginx:1.25', true],
  ['top pod', 'k top pods', true],
  ['describe pod web --bogus', 'kubectl describe pod web --bogus', false],
];

describe('ranMatches', () => {
  it.each(ROWS)('goal `%s`, learner `%s` → %s', (goal, line, expected) => {
    expect(ranMatches(goal, words(line))).toBe(expected);
  });
});

const SETUP = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.25
`;

describe('labGoalMet', () => {
  const running = advance(startRun(admitManifest(SETUP).objects), 60_000);
  const ran = [words('k describe po web'), words('get pods')];
  it.each<[string, LabGoal, boolean]>([
    ['a pod goal that holds', { kind: 'pod', expect: { pod: 'web', status: 'Running', ready: '1/1' } }, true],
    ['a pod goal that does not', { kind: 'pod', expect: { pod: 'web', status: 'CrashLoopBackOff' } }, false],
    ['a pod goal for a missing pod', { kind: 'pod', expect: { pod: 'db' } }, false],
    ['a jsonpath goal that holds', { kind: 'jsonpath', resource: 'pod/web', path: '{.spec.containers[0].image}', expect: 'nginx:1.25' }, true],
    ['a jsonpath goal that does not', { kind: 'jsonpath', resource: 'pod/web', path: '{.spec.containers[0].image}', expect: 'nginx:1.27' }, false],
    ['a ran goal one command satisfies', { kind: 'ran', command: 'describe pod web' }, true],
    ['a ran goal no command satisfies', { kind: 'ran', command: 'logs web' }, false],
  ])('%s', (_, goal, expected) => {
    expect(labGoalMet(running, goal, ran)).toBe(expected);
  });

  it('judges a ran goal on the commands, not on the cluster', () => {
    expect(labGoalMet(running, { kind: 'ran', command: 'get pods' }, [])).toBe(false);
  });
});
