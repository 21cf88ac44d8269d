import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRASH_POD } from '../practice/lab/fixtures.js';
import { KEYS, startCli, type Session } from './pty.js';

// The Lab as a learner uses it: the built app in a pseudo-terminal, read through a terminal
// emulator, with a real working folder and an editor that makes the learner's fix.
let home: string;
let work: string;
let session: Session | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'podlab-lab-home-'));
  work = mkdtempSync(join(tmpdir(), 'podlab-lab-work-'));
});
afterEach(() => {
  session?.kill();
  session = undefined;
  rmSync(home, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

const FIXED = CRASH_POD.replace('echo starting; exit 1', 'echo starting; sleep 3600');

const open = (args: string[], opts: { lang?: string; cols?: number; rows?: number; editor?: string } = {}) =>
  (session = startCli(args, {
    cols: opts.cols ?? 130, rows: opts.rows ?? 36, cwd: work,
    // The learner's "editor" writes the fixed manifest over the file it is given.
    env: { PODLAB_HOME: home, LANG: opts.lang ?? 'en_US.UTF-8', EDITOR: opts.editor ?? `cp ${join(work, 'fixed.yaml')}`, VISUAL: '', KUBE_EDITOR: '' },
  }));

const command = async (s: Session, line: string) => {
  await s.type(line);
  await s.press(KEYS.enter);
};
const savedLabs = () => (JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { lab?: { state?: { labs?: Record<string, { log: unknown[] }> } } }).lab?.state?.labs ?? {};

describe('the Lab in a terminal', () => {
  it('applies a file, watches the crash loop, fixes it in the editor and sees Ready; the lab is saved', async () => {
    writeFileSync(join(work, 'crash.yaml'), CRASH_POD);
    writeFileSync(join(work, 'fixed.yaml'), FIXED);
    const s = open(['lab']);
    await s.waitFor('Free lab');
    await s.press(KEYS.enter);
    await s.waitFor('$ ');
    await command(s, 'k apply -f crash.yaml');
    await s.waitFor('pod/crash created');
    await command(s, 'clock x60');
    // The live panel shows the crash loop as `get pods -w` prints it.
    await s.waitFor(/crash\s+0\/1\s+CrashLoopBackOff\s+[1-9]/, 20_000);
    await command(s, 'k logs crash --previous');
    await s.waitFor(/\$ k logs crash --previous\nstarting/);
    await command(s, 'vi crash.yaml');
    await command(s, 'k replace --force -f crash.yaml');
    await s.waitFor('pod/crash replaced');
    await s.waitFor(/crash\s+1\/1\s+Running\s+0\s/, 20_000);
    await s.press(KEYS.esc);
    await s.waitFor('Free lab');
    await s.press(KEYS.esc);
    await s.waitFor('Settings');
    await s.press('q');
    expect(await s.exited).toBe(0);
    expect(readFileSync(join(work, 'crash.yaml'), 'utf8')).toBe(FIXED);
    expect(savedLabs().sandbox?.log.map((e) => (e as { command: { kind: string } }).command.kind)).toEqual(['apply', 'delete', 'create']);

    // Opened again, it goes on where it was left, paused, with the fixed Pod still there.
    const again = open(['lab', 'sandbox']);
    await again.waitFor('paused');
    await command(again, 'k get pods');
    await again.waitFor(/\$ k get pods\nNAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\ncrash\s+1\/1\s+Running\s+0/);
    // The commands of the earlier session come back with Up, as a shell's history does.
    await again.press(KEYS.up, KEYS.up);
    await again.waitFor('$ k replace --force -f crash.yaml');
    await again.press(KEYS.ctrlC);
    expect(await again.exited).toBe(0);
  });

  it('guides a scenario step by step, completes with Tab and recalls with Up', async () => {
    const s = open(['lab', 'lab-first-pod']);
    await s.waitFor('Step 1/');
    await s.type('kubectl ru');
    await s.press(KEYS.tab);
    await s.waitFor('$ kubectl run ');
    await s.type('web --image=nginx:1.25');
    await s.press(KEYS.enter);
    await s.waitFor('pod/web created');
    await s.waitFor('Step 1 done.');
    await s.waitFor('Step 2/');
    // Step 2 waits for the Pod to be Running and Ready: a minute on, it is.
    await command(s, 'clock +1m');
    await s.waitFor('Step 2 done.');
    await s.waitFor('Step 3/');
    await s.press(KEYS.up);
    await s.waitFor('$ clock +1m');
    await s.press(KEYS.up);
    await s.waitFor('$ kubectl run web --image=nginx:1.25');
    await s.press(KEYS.esc);
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
  });

  it('injects faults and answers mistakes the way a shell and kubectl do', async () => {
    const s = open(['lab', 'sandbox']);
    await s.waitFor('$ ');
    await command(s, 'k run web --image=nginx:1.25');
    await s.waitFor('pod/web created');
    await command(s, 'clock +30s');
    await command(s, 'fault kill web');
    await s.waitFor('fault injected: kill web');
    await command(s, 'clock +10s');
    await s.waitFor(/web\s+1\/1\s+Running\s+1 \(/);
    await command(s, 'fault node node09 down');
    await s.waitFor('nodes "node09" not found');
    await command(s, 'kubect get pods');
    await s.waitFor('kubect: command not found');
    await command(s, 'k get pods | grep web');
    await s.waitFor("'|' needs a shell");
    await command(s, 'k get pod nope');
    await s.waitFor('Error from server (NotFound): pods "nope" not found');
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
  });

  it('edits a live object through the editor with kubectl edit', async () => {
    const s = open(['lab', 'sandbox'], { editor: "sed -i 's/run: web/run: edited/'" });
    await s.waitFor('$ ');
    await command(s, 'k run web --image=nginx:1.25');
    await s.waitFor('pod/web created');
    await command(s, 'k edit pod web');
    await s.waitFor('pod/web edited');
    await command(s, 'k get pod web --show-labels');
    await s.waitFor(/web\s+\S+\s+\S+\s+\d+\s+\S+\s+run=edited/);
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
  });

  it('keeps a copy of an edit the API server refuses, and says where, as kubectl does', async () => {
    const s = open(['lab', 'sandbox'], { editor: "sed -i 's/restartPolicy: Always/restartPolicy: Never/'" });
    await s.waitFor('$ ');
    await command(s, 'k run web --image=nginx:1.25');
    await s.waitFor('pod/web created');
    await command(s, 'k edit pod web');
    const screen = await s.waitFor('error: Edit cancelled, no valid changes were saved.');
    const kept = /A copy of your changes has been stored to "([^"]+)"/.exec(screen.replace(/\n/g, ''));
    expect(kept).not.toBeNull();
    expect(readFileSync(kept?.[1] ?? '', 'utf8')).toContain('restartPolicy: Never');
    rmSync(dirname(kept?.[1] ?? ''), { recursive: true, force: true });
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
  });

  it('speaks Korean and survives a resize', async () => {
    const s = open(['lab'], { lang: 'ko_KR.UTF-8', cols: 80, rows: 24 });
    await s.waitFor('자유 실습');
    await s.press(KEYS.enter);
    await s.waitFor('빈 클러스터');
    s.resize(140, 40);
    await s.waitFor((screen) => screen.includes('│') && screen.includes('kubectl get pods -w'));
    s.resize(60, 16);
    await s.waitFor((screen) => !screen.includes('│') && screen.includes('$ '));
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
  });

  it('solves a CKA drill from the home menu: graded in the app, with partial credit, and saved', async () => {
    const s = open([]);
    await s.waitFor('Settings');
    await s.press(...Array<string>(5).fill(KEYS.down), KEYS.enter);
    await s.waitFor('Run a labelled Pod');
    for (let i = 0; i < 40; i++) {
      const before = s.screen();
      if (/›\s+Run a labelled Pod/.test(before)) break;
      await s.press(KEYS.down);
      await s.waitFor((screen) => screen !== before);
    }
    await s.press(KEYS.enter);
    await s.waitFor('Task (');
    await command(s, 'k run web --image=nginx:1.25');
    await command(s, 'check');
    await s.waitFor(/Score [1-9]\/\d+/);
    expect(s.screen()).toMatch(/✗ label/);
    await command(s, 'k label pod web app=web');
    await command(s, 'check');
    await s.waitFor(/Score (\d+)\/\1 \(100%\)/);
    await command(s, 'solution');
    await s.waitFor('kubectl run web --image=nginx:1.25 --labels=app=web');
    await s.press(KEYS.esc);
    await s.waitFor(/Run a labelled Pod +100%/);
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
    const answers = (JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as { answers: Record<string, { correct: boolean }[]> }).answers;
    expect(answers['drill-run-web-pod']?.map((a) => a.correct)).toEqual([false, true]);
  });

  it('names the labs there are for an unknown one (exit 2)', async () => {
    const s = open(['lab', 'lab-first-pd']);
    expect(await s.exited).toBe(2);
    expect(s.output()).toContain("there is no lab 'lab-first-pd'");
    expect(s.output()).toContain('Did you mean lab-first-pod?');
  });
});
