import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYS, startCli, type Session } from './pty.js';

// The built app in a pseudo-terminal, read through a terminal emulator, as a person sees it.
let home: string;
let session: Session | undefined;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'podlab-app-'));
});
afterEach(() => {
  session?.kill();
  session = undefined;
  rmSync(home, { recursive: true, force: true });
});

const open = (args: string[] = [], opts: { cols?: number; rows?: number; lang?: string; env?: Record<string, string> } = {}) =>
  (session = startCli(args, { cols: opts.cols, rows: opts.rows, env: { PODLAB_HOME: home, LANG: opts.lang ?? 'en_US.UTF-8', ...opts.env } }));

const lines = (screen: string) => screen.split('\n');
const usedRows = (screen: string) => lines(screen).filter((l) => l.trim() !== '').length;
const MENU = ['Continue', 'Lessons', 'Lab', 'Quiz', 'Interview', 'CKA drills', 'Progress', 'Settings'];

describe('the app in a terminal', () => {
  it('opens on the home menu and leaves with q, restoring the screen', async () => {
    const s = open();
    const screen = await s.waitFor('Settings');
    for (const item of MENU) expect(screen).toContain(item);
    await s.press('q');
    expect(await s.exited).toBe(0);
    expect(s.output()).toContain('\u001b[?1049h');
    expect(s.output()).toContain('\u001b[?1049l');
  });

  it('leaves cleanly on Ctrl+C from a screen deep inside', async () => {
    const s = open();
    await s.waitFor('Settings');
    await s.press('j', KEYS.enter);
    await s.waitFor('Pod fundamentals');
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
    expect(s.output().lastIndexOf('\u001b[?1049l')).toBeGreaterThan(s.output().lastIndexOf('\u001b[?1049h'));
  });

  it('moves with arrows and j/k, opens with Enter, goes back with Esc', async () => {
    const s = open();
    await s.waitFor('Settings');
    await s.press(KEYS.down, KEYS.down, 'k', KEYS.enter);
    await s.waitFor('What a Pod is');
    await s.press(KEYS.esc);
    await s.waitFor('Settings');
    await s.press('?');
    await s.waitFor(/Ctrl\+C/);
  });

  it('switches to Korean in Settings, saves it, and starts in Korean next time', async () => {
    const s = open();
    await s.waitFor('Settings');
    for (let i = 0; i < MENU.length - 1; i++) await s.press('j');
    await s.press(KEYS.enter);
    await s.waitFor('Language');
    await s.press(KEYS.enter);
    await s.waitFor('언어');
    await s.press(KEYS.esc);
    await s.waitFor('이어서 하기');
    await s.press('q');
    await s.exited;
    expect(JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).settings.lang).toBe('ko');

    const again = open();
    await again.waitFor('이어서 하기');
    await again.press('q');
    expect(await again.exited).toBe(0);
  });

  it.each([
    ['English', 'en_US.UTF-8', 'Settings'],
    ['Korean', 'ko_KR.UTF-8', '설정'],
  ])('fits a 60x20 terminal in %s, and re-lays out on resize', async (_name, lang, marker) => {
    const s = open([], { cols: 60, rows: 20, lang });
    const small = await s.waitFor(marker);
    expect(usedRows(small)).toBeLessThanOrEqual(19);
    expect(lines(small).every((l) => stringWidth(l) <= 60)).toBe(true);
    expect(lines(small)[19].trim()).toBe('');

    s.resize(100, 30);
    const big = await s.waitFor((screen) => lines(screen).length === 30 && screen.includes(marker));
    expect(lines(big).every((l) => stringWidth(l) <= 100)).toBe(true);
    s.resize(60, 20);
    await s.waitFor((screen) => lines(screen).length === 20 && screen.includes(marker));
    await s.press('q');
    expect(await s.exited).toBe(0);
  });

  it('opens a lesson directly with podlab lesson ID and remembers it for Continue', async () => {
    const s = open(['lesson', 'pod-basics']);
    await s.waitFor('What a Pod is');
    await s.press(KEYS.ctrlC);
    await s.exited;
    const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(saved.lastVisited).toMatchObject({ screen: 'lesson', id: 'pod-basics' });

    const again = open();
    await again.waitFor('Pick up where you left off');
  });

  it('reads a whole lesson to the end, and shows it done in the list and in progress.json', async () => {
    const s = open();
    await s.waitFor('Settings');
    await s.press('j', KEYS.enter);
    await s.waitFor('What a Pod is');
    await s.press(KEYS.enter);
    await s.waitFor(/The smallest deployable unit\s+1\/5/);
    for (let n = 2; n <= 5; n++) {
      await s.press(KEYS.space);
      await s.waitFor(`${n}/5`);
    }
    await s.waitFor('Space: finish the lesson');
    await s.press(KEYS.space);
    await s.waitFor('read this lesson to the end');
    await s.press(KEYS.esc);
    const list = await s.waitFor(/Lessons: 1 of \d+ done/);
    expect(list).toMatch(/› ✓ What a Pod is/);
    await s.press('q', 'q');
    expect(await s.exited).toBe(0);
    const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(saved.lessons['pod-basics']).toMatchObject({
      done: true,
      page: 'traps',
      pagesSeen: ['smallest-unit', 'what-is-shared', 'ephemeral', 'manifest', 'traps'],
    });
    expect(saved.lastVisited).toMatchObject({ screen: 'lesson', id: 'pod-basics', page: 'traps' });

    // Continue then picks up there, and the list still shows it done.
    const again = open();
    await again.waitFor('Pick up where you left off: What a Pod is');
    await again.press('j', KEYS.enter);
    await again.waitFor(/✓ What a Pod is/);
  });

  it.each([
    ['NO_COLOR=1', { NO_COLOR: '1' }, []],
    ['--no-color', {}, ['--no-color']],
  ])('draws without colour under %s', async (_name, env, args) => {
    const colour = /\u001b\[(3[0-7]|9[0-7])m/;
    const withColour = startCli([], { env: { PODLAB_HOME: home, FORCE_COLOR: '1' } });
    await withColour.waitFor('Settings');
    expect(withColour.output()).toMatch(colour);
    withColour.kill();

    const s = (session = startCli(args, { env: { PODLAB_HOME: home, FORCE_COLOR: '', ...env } }));
    await s.waitFor('Settings');
    expect(s.output()).not.toMatch(colour);
  });

  it('colours YAML keys, values and dashes apart, and not at all under NO_COLOR', async () => {
    const toManifest = async (session: Session) => {
      await session.waitFor('1/5');
      await session.press(KEYS.space, 'G');
      await session.waitFor('│ apiVersion: v1');
      return session.output();
    };
    const coloured = await toManifest((session = startCli(['lesson', 'pod-basics'], { env: { PODLAB_HOME: home, FORCE_COLOR: '1' } })));
    // key cyan, value green, list dash magenta (Ink drops a reset when a colour follows at once)
    expect(coloured).toContain('\u001b[36mapiVersion');
    expect(coloured).toContain('\u001b[32m v1');
    expect(coloured).toContain('\u001b[35m- ');
    session.kill();

    // A home of its own, or it would resume at the page the first one saved.
    const plainHome = join(home, 'plain');
    const plain = await toManifest((session = startCli(['lesson', 'pod-basics'], { env: { PODLAB_HOME: plainHome, FORCE_COLOR: '', NO_COLOR: '1' } })));
    expect(plain).not.toMatch(/\u001b\[(3[0-7]|9[0-7])m/);
  });

  it('plays a predict step: a wrong prediction, the timeline scrubbed back, then a right one', async () => {
    const s = open(['lesson', 'pod-basics']);
    await s.waitFor('1/5');
    await s.press(KEYS.enter);
    await s.waitFor('Your prediction: STATUS at 60s');
    await s.press('1', KEYS.enter);
    const wrong = await s.waitFor('Not quite');
    expect(wrong).toContain('You predicted Pending, but at 60s STATUS is Running.');
    expect(wrong).toMatch(/web\s+1\/1\s+Running\s+0\s+60s/);
    expect(wrong).toContain('Now: 60s, the time you predicted');
    await s.press('g');
    await s.waitFor(/web\s+0\/1\s+Pending\s+0\s+0s/);
    await s.press('l');
    const creating = await s.waitFor(/web\s+0\/1\s+ContainerCreating/);
    expect(creating).toContain('Pulling image "nginx:1.25"');
    await s.press(KEYS.esc);
    await s.waitFor('1/5');
    await s.press(KEYS.enter);
    await s.waitFor('Your prediction: STATUS at 60s');
    await s.type('running');
    await s.press(KEYS.enter);
    await s.waitFor('Right! At 60s, STATUS is Running.');
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
  });

  it('fixes a manifest in $EDITOR: the app hands the terminal over, then checks the edit', async () => {
    const sed = `sed -i 's/^spec:$/spec:\\n  restartPolicy: Never/'`;
    const s = open(['lesson', 'restart-policy-and-backoff'], { env: { VISUAL: '', EDITOR: sed } });
    await s.waitFor('1/7');
    for (let n = 2; n <= 6; n++) {
      await s.press(KEYS.space);
      await s.waitFor(`${n}/7`);
    }
    await s.press('G', KEYS.enter);
    await s.waitFor('Goal: 60s after it is applied, pod once shows STATUS Completed, RESTARTS 0.');
    const before = s.output().length;
    await s.press(KEYS.enter);
    const fixed = await s.waitFor('Fixed! The goal holds at 60s.');
    expect(fixed).toContain('│   restartPolicy: Never');
    expect(fixed).toMatch(/once\s+0\/1\s+Completed\s+0\s+60s/);
    // The screen was left for the editor and taken back, in that order.
    const handOff = s.output().slice(before);
    expect(handOff.indexOf('\u001b[?1049l')).toBeGreaterThanOrEqual(0);
    expect(handOff.indexOf('\u001b[?1049h')).toBeGreaterThan(handOff.indexOf('\u001b[?1049l'));
    // Keys still work afterwards: reset, then back to the page.
    await s.press('r');
    await s.waitFor('Back to the broken version.');
    await s.press(KEYS.esc);
    await s.waitFor('6/7');
    await s.press(KEYS.ctrlC);
    expect(await s.exited).toBe(0);
  });
});
