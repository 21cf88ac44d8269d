import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../src/i18n/index.js';
import { App } from '../../../src/ui/app.js';
import type { EditOutcome, EditRequest, StepEditor } from '../../../src/ui/types.js';
import { appOptions } from '../fixtures.js';
import { KEY, measure, renderOn, unmountAll, type Harness } from '../helpers.js';
import { loadSteps, ONCE_FIXED } from './fixture.js';

afterEach(unmountAll);

/** An editor that rewrites the text each time it is opened, as a person would, one edit a time. */
function fakeEditor(...edits: ((text: string) => EditOutcome)[]): StepEditor & { edit: ReturnType<typeof vi.fn> } {
  let n = 0;
  return { name: 'fake-editor', edit: vi.fn(({ text }: EditRequest) => (edits[n++] ?? ((t: string) => ({ kind: 'saved', text: t })))(text)) };
}
const saved = (change: (text: string) => string) => (text: string): EditOutcome => ({ kind: 'saved', text: change(text) });
const repair = saved(() => ONCE_FIXED);
const unchanged = saved((t) => t);

async function openFix(editor: StepEditor | undefined, lang: Lang = 'en', size: [number, number] = [100, 30]): Promise<Harness> {
  const options = appOptions({ lang, editor, initialScreen: { screen: 'lesson', id: 'pod-phases', page: 'fix' }, loadLesson: loadSteps });
  const app = renderOn(<App {...options} />, ...size);
  await app.waitForFrame((f) => f.includes('Enter'));
  await app.press(KEY.enter);
  await app.waitForFrame((f) => f.includes('once.yaml'));
  return app;
}

const checked = (app: Harness) => app.waitForFrame((f) => /[✓✗]/.test(f), 10_000);

describe('fixing a manifest', () => {
  it('shows the task, the goal, the broken manifest and what Enter does', async () => {
    const app = await openFix(fakeEditor());
    const frame = app.lastFrame();
    expect(frame).toContain('Make it show Completed with no restarts after a minute.');
    expect(frame).toContain('Goal: 60s after it is applied, pod once shows STATUS Completed, RESTARTS 0.');
    expect(frame).toContain('│       command: ["sh", "-c", "echo done"]');
    expect(frame).toContain('Press Enter to open the manifest in fake-editor.');
  });

  it('opens the manifest in the editor, checks what was saved, and says it passes', async () => {
    const editor = fakeEditor(repair);
    const app = await openFix(editor);
    await app.press(KEY.enter);
    const frame = await checked(app);
    expect(editor.edit).toHaveBeenCalledWith({ text: expect.stringContaining('name: once'), fileName: 'once.yaml' });
    expect(frame).toContain('✓ Fixed! The goal holds at 60s.');
    expect(frame).toMatch(/once\s+0\/1\s+Completed\s+0\s+60s/);
    expect(frame).toContain('once.yaml (edited)');
    expect(frame).toContain('│   restartPolicy: Never');
  });

  it('says why it fails: each condition with what the simulator saw, the warning event, a hint', async () => {
    const app = await openFix(fakeEditor(unchanged, unchanged));
    await app.press(KEY.enter);
    const frame = await checked(app);
    expect(frame).toContain('✗ Not yet. At 60s:');
    expect(frame).toContain('- STATUS is CrashLoopBackOff, not Completed, at 60s');
    expect(frame).toContain('- RESTARTS is 3, not 0, at 60s');
    expect(frame).toMatch(/once\s+0\/1\s+CrashLoopBackOff\s+3 \(\d+s ago\)\s+60s/);
    expect(frame.replace(/\n\s+/g, ' ')).toContain('Event BackOff: Back-off restarting failed container job in pod once');
    expect(frame).toContain('Hint: Which restartPolicy restarts a container that exited 0?');
    // Each failed check brings the next hint.
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Hint: Set spec.restartPolicy to Never.'));
  });

  it.each<[string, (text: string) => string, string]>([
    ['an unknown field', (t) => t.replace('- name: job', '- nme: job'), 'line 7: spec.containers[0].nme: unknown field'],
    ['a duplicate key', (t) => t.replace('metadata:', 'kind: Pod\nmetadata:'), 'line 3: Map keys must be unique'],
    ['a missing image', (t) => t.replace('      image: busybox:1.36\n', ''), 'line 7: spec.containers[0].image: Required value'],
  ])('refuses %s, naming its line', async (_name, change, problem) => {
    const app = await openFix(fakeEditor(saved(change)));
    await app.press(KEY.enter);
    const frame = await checked(app);
    expect(frame).toContain('✗ The simulated API server refuses the manifest:');
    expect(frame).toContain(problem);
  });

  it('each edit starts from the text saved last; r goes back to the broken version', async () => {
    const editor = fakeEditor(saved((t) => t.replace('- name: job', '- nme: job')), repair, unchanged);
    const app = await openFix(editor);
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('unknown field'));
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('Fixed!'));
    expect(editor.edit.mock.calls[1]?.[0].text).toContain('- nme: job');
    await app.press('r');
    const reset = await app.waitForFrame((f) => f.includes('Back to the broken version.'));
    expect(reset).not.toContain('(edited)');
    expect(reset).not.toContain('restartPolicy');
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('✗ Not yet.'));
    expect(editor.edit.mock.calls[2]?.[0].text).not.toContain('restartPolicy');
  });

  it.each<[string, StepEditor | undefined, string]>([
    ['an editor that fails leaves the manifest as it was', fakeEditor(() => ({ kind: 'failed', detail: 'vi: exit status 1' })), '✗ The editor did not finish cleanly (vi: exit status 1), so the manifest is unchanged.'],
    ['without an editor, says so', undefined, 'No editor can be opened here, so the manifest cannot be changed.'],
  ])('%s', async (_name, editor, said) => {
    const app = await openFix(editor);
    await app.press(KEY.enter);
    const frame = await app.waitForFrame((f) => f.replace(/\n /g, ' ').includes(said));
    expect(frame).not.toContain('(edited)');
  });

  it('j and k scroll the manifest; Esc goes back to the page', async () => {
    const app = await openFix(fakeEditor(), 'en', [60, 20]);
    expect(app.lastFrame()).toMatch(/lines 1-\d of 9/);
    await app.press('j', 'j');
    await app.waitForFrame((f) => /lines 3-\d+ of 9/.test(f));
    await app.press('k');
    await app.waitForFrame((f) => /lines 2-\d+ of 9/.test(f));
    await app.press(KEY.escape);
    await app.waitForFrame((f) => f.includes('Before the fix step.'));
  });
});

describe('at 60x20', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'Not yet', 'STATUS is CrashLoopBackOff, not Completed', 'Fixed!'],
    ['ko', '아직입니다', 'STATUS가 CrashLoopBackOff입니다(목표: Completed)', '고쳤습니다!'],
  ])(
    '%s: the task, a failing and a passing check fit in 19 lines of 60 columns',
    async (lang, failing, why, passing) => {
      const app = await openFix(fakeEditor(unchanged, repair), lang, [60, 20]);
      const fits = (frame: string) => {
        expect(measure(frame).lines).toBe(19);
        expect(measure(frame).widest).toBeLessThanOrEqual(60);
      };
      fits(app.lastFrame());
      await app.press(KEY.enter);
      // The first check loads the simulator: allow for it.
      const fail = await app.waitForFrame((f) => f.includes(failing), 10_000);
      fits(fail);
      expect(fail).toContain(why);
      await app.press(KEY.enter);
      fits(await app.waitForFrame((f) => f.includes(passing)));
    },
  );
});
