import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { editInEditor, stepEditorCommand, type RunCommand } from '../../../src/practice/steps/editor.js';

// The shell side of fix steps (src/practice/steps): the file, the editor command, the outcome.
describe('stepEditorCommand', () => {
  it.each([
    [{ VISUAL: 'code --wait', EDITOR: 'nano' }, 'code --wait'],
    [{ VISUAL: ' ', EDITOR: 'nano' }, 'nano'],
    [{ EDITOR: 'sed -i s/a/b/' }, 'sed -i s/a/b/'],
    [{}, 'vi'],
  ])('%j → %s', (env, command) => {
    expect(stepEditorCommand(env)).toBe(command);
  });
});

describe('editInEditor', () => {
  it('writes the text to a file of that name, runs the editor on it, returns what was saved and removes the file', () => {
    let path = '';
    const run = vi.fn<RunCommand>((line) => {
      path = /'(.*)'$/.exec(line)?.[1] ?? '';
      expect(readFileSync(path, 'utf8')).toBe('kind: Pod\n');
      writeFileSync(path, 'kind: Pod\nmetadata: {}\n');
      return { status: 0, signal: null, error: undefined };
    });
    const outcome = editInEditor({ text: 'kind: Pod\n', fileName: 'web.yaml' }, { EDITOR: 'myeditor --flag' }, run);
    expect(outcome).toEqual({ kind: 'saved', text: 'kind: Pod\nmetadata: {}\n' });
    expect(run.mock.calls[0]?.[0]).toMatch(/^myeditor --flag '.*\/podlab-step-[^/]+\/web\.yaml'$/);
    expect(existsSync(dirname(path))).toBe(false);
  });

  it.each<[string, ReturnType<RunCommand>, string]>([
    ['a non-zero exit', { status: 1, signal: null, error: undefined }, 'vi: exit status 1'],
    ['a command the shell cannot find', { status: 127, signal: null, error: undefined }, 'vi: command not found'],
    ['a signal', { status: null, signal: 'SIGKILL', error: undefined }, 'vi: SIGKILL'],
    ['a spawn error', { status: null, signal: null, error: new Error('spawn /bin/sh ENOENT') }, 'vi: spawn /bin/sh ENOENT'],
  ])('%s is a failed edit', (_name, result, detail) => {
    expect(editInEditor({ text: 'x', fileName: 'web.yaml' }, {}, () => result)).toEqual({ kind: 'failed', detail });
  });

  it('keeps podlab alive through Ctrl+C in the editor: SIGINT has a listener only while it runs', () => {
    const before = process.listenerCount('SIGINT');
    let during = 0;
    editInEditor({ text: 'x', fileName: 'a.yaml' }, {}, () => {
      during = process.listenerCount('SIGINT');
      return { status: 0, signal: null, error: undefined };
    });
    expect(during).toBe(before + 1);
    expect(process.listenerCount('SIGINT')).toBe(before);
  });

  it('runs a real command line through the shell, with the path quoted', () => {
    const outcome = editInEditor({ text: "spec:\n  containers: []\n", fileName: "it's.yaml" }, { EDITOR: "sed -i 's/^spec:$/spec:\\n  restartPolicy: Never/'" });
    expect(outcome).toEqual({ kind: 'saved', text: 'spec:\n  restartPolicy: Never\n  containers: []\n' });
  });
});
