import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/sim/kubectl/argv/tokenize.js';

describe('tokenize splits a command line like a shell', () => {
  it.each([
    ['kubectl get pods', ['kubectl', 'get', 'pods']],
    ['  k   get  po  ', ['k', 'get', 'po']],
    ["kubectl get po -o 'jsonpath={.items[*].metadata.name}'", ['kubectl', 'get', 'po', '-o', 'jsonpath={.items[*].metadata.name}']],
    ['kubectl get po -o jsonpath="{range .items[*]}{.metadata.name}{\\"\\n\\"}{end}"', ['kubectl', 'get', 'po', '-o', 'jsonpath={range .items[*]}{.metadata.name}{"\\n"}{end}']],
    ["kubectl exec web -- sh -c 'echo hi; sleep 1'", ['kubectl', 'exec', 'web', '--', 'sh', '-c', 'echo hi; sleep 1']],
    ['a\\ b c', ['a b', 'c']],
    ["''", ['']],
    ['"a"\'b\'c', ['abc']],
    ['x "$HOME"', ['x', '$HOME']],
    ['', []],
  ])('%s', (line, words) => {
    expect(tokenize(line)).toEqual({ ok: true, words });
  });

  it.each([
    ["get po -o 'jsonpath", 'unterminated-single-quote'],
    ['get po -o "x', 'unterminated-double-quote'],
    ['get po \\', 'trailing-backslash'],
  ])('%s is unfinished', (line, error) => {
    expect(tokenize(line)).toEqual({ ok: false, error });
  });
});
