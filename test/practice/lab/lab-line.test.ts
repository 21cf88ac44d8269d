// One line at the lab's prompt: kubectl (or k) against the live cluster, `> FILE`, no other shell,
// and the lab's own commands: hint, help, clear, exit, reset, an editor on a file (clock and
// fault have their own tests).
import { describe, expect, it } from 'vitest';
import type { LabLive } from '../../../src/practice/lab/lab-live.js';
import { runLabLine, type LabReply } from '../../../src/practice/lab/lab-line.js';
import { LAB_MESSAGES } from '../../../src/practice/lab/messages.js';
import { CRASH_POD, ENV, look, memoryEnv, open, podRow, run, text, wait } from './fixtures.js';

const M = LAB_MESSAGES.en;
const line = (lab: LabLive, l: string, env = ENV): LabReply => runLabLine(lab, l, env);
const tones = (r: LabReply) => [...new Set(r.out.map((o) => o.tone))];

const FILES = memoryEnv({ 'crash.yaml': CRASH_POD });

describe('kubectl at the prompt', () => {
  it('runs kubectl and k alike, changes the cluster and prints kubectl\'s output as plain lines', () => {
    const lab = open();
    const created = line(lab, 'k run web --image=nginx:1.25');
    expect(created.out).toEqual([{ text: 'pod/web created', tone: 'plain' }]);
    expect(created.effect).toEqual({ kind: 'none' });
    expect(run(lab, 'kubectl get pods')).toBe(run(lab, 'k get po'));
    expect(run(lab, 'kubectl get pods')).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nweb\s+0\/1\s+Pending/);
  });

  it('prints kubectl\'s errors as errors and its hints as hints', () => {
    const r = line(open(), 'kubectl get pod nope');
    expect(r.out[0]).toEqual({ text: 'Error from server (NotFound): pods "nope" not found', tone: 'error' });
    expect(tones(r)).toContain('hint');
  });

  it('reads the learner\'s files for apply -f', () => {
    const lab = open();
    expect(text(line(lab, 'kubectl apply -f crash.yaml', FILES))).toBe('pod/crash created');
    expect(text(line(lab, 'kubectl apply -f missing.yaml', FILES))).toContain('the path "missing.yaml" does not exist');
  });

  it('does nothing on an empty line', () => {
    expect(line(open(), '   ')).toEqual({ out: [], effect: { kind: 'none' } });
  });

  it('says what is wrong with a line that does not split into words', () => {
    const r = line(open(), 'kubectl get pod "web');
    expect(r.out.length).toBeGreaterThan(0);
    expect(tones(r)).toEqual(['error']);
  });

  it('follows `get pods -w`: more lines as the cluster changes', () => {
    const lab = open();
    run(lab, 'kubectl run web --image=nginx:1.25');
    const r = line(lab, 'kubectl get pods -w');
    expect(r.follow).toBeDefined();
    expect(text(r)).toMatch(/web\s+0\/1\s+Pending/);
    wait(lab, 30_000);
    expect(r.follow?.next(lab.live.cluster.view)).toMatch(/web\s+1\/1\s+Running/);
  });

  it('opens kubectl edit in the editor, on the object as YAML', () => {
    const lab = open();
    run(lab, 'kubectl run web --image=nginx:1.25');
    const r = line(lab, 'kubectl edit pod web');
    expect(r.effect.kind).toBe('edit');
    if (r.effect.kind === 'edit') {
      expect(r.effect.session.extension).toBe('yaml');
      expect(r.effect.session.text).toContain('name: web');
    }
  });
});

describe('> FILE', () => {
  it.each([
    ['kubectl get pod web -o yaml > web.yaml', 'web.yaml'],
    ['k get pod web -o yaml >web.yaml', 'web.yaml'],
    ['kubectl get pod web -o yaml 1> web.yaml', 'web.yaml'],
  ])('%s writes kubectl\'s output to the file and prints none of it', (l, path) => {
    const lab = open();
    run(lab, 'kubectl run web --image=nginx:1.25');
    const r = line(lab, l);
    expect(r.out).toEqual([]);
    expect(r.effect).toEqual({ kind: 'write', path, text: look(lab, 'get pod web -o yaml').stdout });
  });

  it('still prints kubectl\'s errors (a shell sends only stdout to the file)', () => {
    const r = line(open(), 'kubectl get pod nope > out.txt');
    expect(r.effect).toEqual({ kind: 'write', path: 'out.txt', text: '' });
    expect(r.out[0]?.text).toBe('Error from server (NotFound): pods "nope" not found');
  });

  it('does not follow when the output goes to a file', () => {
    expect(line(open(), 'kubectl get pods -w > pods.txt').follow).toBeUndefined();
  });

  it('keeps a quoted > inside the command: the redirect is the one outside quotes', () => {
    const lab = open();
    run(lab, 'kubectl run web --image=nginx:1.25');
    const r = line(lab, `kubectl get pod web -o jsonpath='{.metadata.name}>' > name.txt`);
    expect(r.effect).toEqual({ kind: 'write', path: 'name.txt', text: 'web>' });
  });

  it('keeps a quoted > when nothing is redirected', () => {
    const lab = open();
    run(lab, 'kubectl run web --image=nginx:1.25');
    expect(run(lab, `kubectl get pod web -o jsonpath='{.metadata.name}>'`)).toBe('web>');
  });
});

describe('what needs a shell', () => {
  it.each([
    ['kubectl get pods | grep web', '|'],
    ['kubectl get pods && kubectl get nodes', '&'],
    ['kubectl get pods; kubectl get nodes', ';'],
    ['kubectl get pods > a.txt b.txt', '>'],
    ['kubectl get pods >> pods.txt', '>'],
    ['kubectl get pods >', '>'],
    ['kubectl get pods 2> errors.txt', '2>'],
    ['kubectl get pods 2>&1', '>'],
    ['kubectl delete pod $(kubectl get pods -o name)', '$('],
    ['kubectl get pods < in.txt', '<'],
  ])('%s: refused, naming %s', (l, operator) => {
    const lab = open();
    const r = line(lab, l);
    expect(r).toEqual({ out: [{ text: M.noShell.replace('{operator}', operator), tone: 'error' }], effect: { kind: 'none' } });
  });

  it('runs nothing of a refused line', () => {
    const lab = open();
    line(lab, 'kubectl run web --image=nginx | cat');
    expect(podRow(lab, 'web')).toBeUndefined();
  });
});

describe('commands the lab does not have', () => {
  it.each(['ls', 'docker ps', 'kubecttl get pods', 'sudo kubectl get pods'])('%s: command not found', (l) => {
    const r = line(open(), l);
    expect(r.out).toEqual([{ text: M.notFound.replace('{command}', l.split(' ')[0]), tone: 'error' }]);
  });

  it('answers in Korean for a Korean learner', () => {
    expect(text(line(open(), 'ls', memoryEnv({}, 'ko')))).toBe(LAB_MESSAGES.ko.notFound.replace('{command}', 'ls'));
  });
});

describe('the lab\'s own commands', () => {
  it.each<[string, LabReply['effect']['kind']]>([
    ['hint', 'hint'],
    ['clear', 'clear'],
    ['exit', 'leave'],
    ['quit', 'leave'],
    ['logout', 'leave'],
  ])('%s → %s, printing nothing', (l, kind) => {
    expect(line(open(), l)).toEqual({ out: [], effect: { kind } });
  });

  it('help lists the commands', () => {
    const r = line(open(), 'help');
    expect(r.out).toEqual(M.help.split('\n').map((t) => ({ text: t, tone: 'plain' })));
    expect(r.effect).toEqual({ kind: 'none' });
  });

  it.each(['reset', 'reset now', 'reset --yes please', 'reset -f'])('%s only asks for --yes', (l) => {
    expect(line(open(), l)).toEqual({ out: [{ text: M.resetAsk, tone: 'hint' }], effect: { kind: 'none' } });
  });

  it.each(['reset --yes', 'reset -y'])('%s starts over', (l) => {
    expect(line(open(), l)).toEqual({ out: [{ text: M.resetDone, tone: 'good' }], effect: { kind: 'reset' } });
  });

  it.each(['check', 'solution'])('%s belongs to drills: a guided or free lab says so', (l) => {
    const r = line(open(), l);
    expect(r.effect).toEqual({ kind: 'none' });
    expect(tones(r)).toEqual(['hint']);
  });
});

describe('an editor on a file', () => {
  it.each(['vi', 'vim', 'nvim', 'nano', 'emacs', 'edit'])('%s FILE opens the editor on it', (editor) => {
    expect(line(open(), `${editor} web.yaml`)).toEqual({ out: [], effect: { kind: 'editFile', path: 'web.yaml' } });
  });

  it.each(['vi', 'nano a.yaml b.yaml'])('%s: the usage, naming the folder', (l) => {
    const r = line(open(), l);
    expect(r.out).toEqual([{ text: M.editUsage.replace('{command}', l.split(' ')[0]).replace('{cwd}', '/home/learner'), tone: 'error' }]);
    expect(r.effect).toEqual({ kind: 'none' });
  });
});
