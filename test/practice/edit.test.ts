// `kubectl edit` through the user's editor (here a function standing in for the person at it).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { editFile, editorCommand } from '../../src/practice/editor.js';
import { harness } from './helpers.js';

const bump = (text: string) => text.replace('image: nginx:1.25', 'image: nginx:1.26');

describe('podlab kubectl edit', () => {
  it('saves what the editor changed', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    h.wall.ms += 60_000;
    expect(await h.kubectl('edit pod web', { edit: bump })).toMatchObject({ code: 0, out: 'pod/web edited\n', err: '' });
    expect((await h.kubectl('get pod web -o jsonpath={.spec.containers[0].image}')).out).toBe('nginx:1.26');
  });

  it('shows the object under kubectl\'s header', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    let shown = '';
    await h.kubectl('edit pod web', { edit: (t) => (shown = t) });
    expect(shown).toMatch(/^# Please edit the object below\. Lines beginning with a '#' will be ignored,\n/);
    expect(shown).toContain('  name: web\n');
  });

  it('cancels when nothing changed', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    expect(await h.kubectl('edit pod web')).toMatchObject({ code: 0, out: '', err: 'Edit cancelled, no changes made.\n' });
  });

  it('reopens a file with a syntax error, and gives up when saved again unchanged', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    const seen: string[] = [];
    const r = await h.kubectl('edit pod web', { edit: (t) => (seen.push(t), seen.length === 1 ? t.replace('kind: Pod', 'kind: [Pod') : t) });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatch(/^# The edited file had a syntax error: error converting YAML to JSON: yaml: line \d+: .+\n#\n/);
    expect(r.code).toBe(1);
    expect(r.err).toBe('A copy of your changes has been stored to "/tmp/kubectl-edit-test.yaml"\nerror: Edit cancelled, no valid changes were saved.\n');
  });

  it('takes the fixed file on the second try', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    let opens = 0;
    const r = await h.kubectl('edit pod web', { edit: (t) => (++opens === 1 ? bump(t).replace('kind: Pod', 'kind: [Pod') : t.replace('kind: [Pod', 'kind: Pod')) });
    expect(r).toMatchObject({ code: 0, out: 'pod/web edited\n' });
  });

  it('keeps a copy when the API server refuses the change', async () => {
    const h = harness();
    await h.kubectl('run web --image=nginx:1.25');
    const r = await h.kubectl('edit pod web', { edit: (t) => t.replace('name: web\n', 'name: other\n') });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/A copy of your changes has been stored to "\/tmp\/kubectl-edit-test\.yaml"\nerror: Edit cancelled, no valid changes were saved\.\n$/);
  });

  it('refuses a pod that is not there, without opening the editor', async () => {
    const r = await harness().kubectl('edit pod nope', { edit: () => { throw new Error('must not open'); } });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Error from server (NotFound): pods "nope" not found');
  });
});

describe('editorCommand', () => {
  it.each([
    [{ KUBE_EDITOR: 'nano', EDITOR: 'vim' }, 'linux', 'nano'],
    [{ EDITOR: 'code --wait' }, 'linux', 'code --wait'],
    [{ EDITOR: '  ' }, 'linux', 'vi'],
    [{}, 'linux', 'vi'],
    [{}, 'win32', 'notepad'],
  ] as const)('%j on %s opens %s', (env, platform, editor) => {
    expect(editorCommand(env, platform)).toBe(editor);
  });
});

describe('editFile', () => {
  it('runs the editor command through the shell on a kubectl-edit file', () => {
    const file = editFile('yaml', { PATH: process.env.PATH, EDITOR: 'sed -i s/nginx:1.25/nginx:1.26/' });
    expect(file.path).toMatch(/kubectl-edit-.*\.yaml$/);
    expect(file.open('image: nginx:1.25\n')).toEqual({ ok: true, text: 'image: nginx:1.26\n' });
    file.remove();
    expect(existsSync(file.path)).toBe(false);
  });

  it('reports an editor that fails', () => {
    const file = editFile('yaml', { PATH: process.env.PATH, EDITOR: 'false' });
    expect(file.open('x: 1\n')).toEqual({ ok: false, error: 'there was a problem with the editor "false"' });
    file.remove();
  });
});
