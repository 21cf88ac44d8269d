import { describe, expect, it } from 'vitest';
import { canonicalCommand, sameCommand, shellWords } from '../../src/quiz/index.js';

describe('shellWords', () => {
  it.each([
    ['kubectl get pods', ['kubectl', 'get', 'pods']],
    ["kubectl exec web -- sh -c 'echo hi; ls'", ['kubectl', 'exec', 'web', '--', 'sh', '-c', 'echo hi; ls']],
    ['a "b c" d\\ e', ['a', 'b c', 'd e']],
    ['  spaced   out  ', ['spaced', 'out']],
    ['', []],
  ])('%j → %j', (line, words) => {
    expect(shellWords(line)).toEqual(words);
  });

  it('an open quote cannot be split', () => {
    expect(shellWords("kubectl run 'web")).toBeUndefined();
  });
});

describe('sameCommand: kubectl spelling that does not change the command', () => {
  it.each([
    ['kubectl run web --image=nginx:1.25', 'k run web --image=nginx:1.25'],
    ['kubectl run web --image=nginx:1.25', 'kubectl run web --image nginx:1.25'],
    ['kubectl run web --image=nginx:1.25 --labels=tier=front', 'kubectl run web --labels=tier=front --image=nginx:1.25'],
    ['kubectl run web --image=nginx:1.25 --labels=tier=front', 'kubectl run --labels "tier=front" web --image=nginx:1.25'],
    ['kubectl get pods -n dev', 'kubectl get po --namespace=dev'],
    ['kubectl get pods -n dev', 'kubectl -n dev get pod'],
    ['kubectl get pods -n dev', 'kubectl get pods -ndev'],
    ['kubectl get pods -o yaml', 'kubectl get pods -oyaml'],
    ['kubectl get pods', 'kubectl get pods -n default'],
    ['kubectl set image pod/web web=nginx:1.27', 'kubectl set image pod web web=nginx:1.27'],
    ['kubectl delete pod sleeper --now', 'kubectl delete po sleeper --now=true'],
    ['kubectl run t --image=busybox -it --rm -- sh', 'kubectl run t --image=busybox -i -t --rm -- sh'],
    ['kubectl run t --image=busybox --dry-run=client -o yaml', 'kubectl run t --image=busybox -o yaml --dry-run'],
    ['kubectl get pods', '$ kubectl get pods'],
    ['kubectl get pods', 'get pods'],
    ['kubectl get pods', 'kubectl get pods'.normalize('NFD')],
  ])('%j = %j', (a, b) => {
    expect(sameCommand(a, b)).toBe(true);
    expect(sameCommand(b, a)).toBe(true);
  });

  it.each([
    ['kubectl run web --image=nginx:1.25', 'kubectl run web --image=nginx:1.27'],
    ['kubectl run web --image=nginx:1.25', 'kubectl run db --image=nginx:1.25'],
    ['kubectl delete pod sleeper --now', 'kubectl delete pod sleeper --force'],
    ['kubectl get pods -n dev', 'kubectl get pods'],
    ['kubectl exec web -- ls /tmp', 'kubectl exec web -- ls /'],
    ['kubectl get pods', ''],
    ['kubectl get pods', "kubectl get 'pods"],
  ])('%j ≠ %j', (a, b) => {
    expect(sameCommand(b, a)).toBe(false);
  });

  it('spells a command one canonical way', () => {
    expect(canonicalCommand('k -n dev get po/web -o=wide --show-labels')).toBe('kubectl get pods web --namespace=dev --output=wide --show-labels=true');
  });
});
