import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/index.js';
import { App } from '../../../src/ui/app.js';
import { appOptions } from '../fixtures.js';
import { KEY, measure, renderOn, unmountAll, type Harness } from '../helpers.js';
import { loadSteps } from './fixture.js';

afterEach(unmountAll);

const SHIFT_LEFT = '\u001B[1;2D';

/** The steps lesson open at `page`, the step opened with Enter. */
async function openStep(page: string, lang: Lang = 'en', size: [number, number] = [100, 30]): Promise<Harness> {
  const options = appOptions({ lang, initialScreen: { screen: 'lesson', id: 'pod-phases', page }, loadLesson: loadSteps });
  const app = renderOn(<App {...options} />, ...size);
  await app.waitForFrame((f) => f.includes(lang === 'en' ? 'Enter: try it' : 'Enter: 해 보기'));
  await app.press(KEY.enter);
  await app.waitForFrame((f) => f.includes(lang === 'en' ? 'Your prediction' : '예측:'));
  return app;
}

const played = (app: Harness) => app.waitForFrame((f) => /[✓✗]/.test(f), 10_000);

describe('predicting', () => {
  it.each<[string, string, string[], string]>([
    ['a STATUS picked by its number, right', 'status', ['6', KEY.enter], '✓ Right! At 60s, STATUS is CrashLoopBackOff.'],
    ['a STATUS picked by its number, wrong', 'status', ['3', KEY.enter], '✗ Not quite. You predicted Running, but at 60s STATUS is CrashLoopBackOff.'],
    ['a STATUS typed, in any case', 'status', ['crashloopbackoff', KEY.enter], '✓ Right! At 60s, STATUS is CrashLoopBackOff.'],
    ['a STATUS chosen with the arrows', 'status', [KEY.down, KEY.down, KEY.down, KEY.enter], 'You predicted Running'],
    ['a pick replaced by another', 'status', ['3', '6', KEY.enter], '✓ Right!'],
    ['a pick replaced by typing', 'status', ['3', 'Error', KEY.enter], 'You predicted Error, but'],
    ['a pick erased whole', 'status', ['3', KEY.backspace, 'Pending', KEY.enter], 'You predicted Pending, but'],
    ['a number of restarts, right', 'restarts', ['3', KEY.enter], '✓ Right! At 60s, RESTARTS is 3.'],
    ['a number of restarts, wrong', 'restarts', ['1', '0', KEY.enter], '✗ Not quite. You predicted 10, but at 60s RESTARTS is 3.'],
    ['READY, right', 'ready', ['1/2', KEY.enter], '✓ Right! At 60s, READY is 1/2.'],
    ['READY, wrong', 'ready', ['2/2', KEY.enter], 'You predicted 2/2, but at 60s READY is 1/2.'],
  ])('%s', async (_name, page, keys, verdict) => {
    const app = await openStep(page);
    await app.press(...keys);
    const frame = await played(app);
    expect(frame).toContain(verdict);
  });

  it.each<[string, string, string[], string]>([
    ['Enter with nothing typed', 'status', [KEY.enter], 'Type your prediction first, then press Enter.'],
    ['restarts that are not a number', 'restarts', ['x', KEY.enter], 'RESTARTS is a whole number, like 3.'],
    ['READY without a slash', 'ready', ['1', KEY.enter], 'READY is ready/total, like 1/2.'],
  ])('%s is refused with why, and nothing runs', async (_name, page, keys, why) => {
    const app = await openStep(page);
    await app.press(...keys);
    const frame = await app.waitForFrame((f) => f.includes(why));
    expect(frame).not.toMatch(/[✓✗]/);
    // Backspace fixes it, and then it runs.
    await app.press(KEY.backspace, KEY.backspace, ...(page === 'ready' ? ['1/2'] : ['3']), KEY.enter);
    if (page !== 'status') expect(await played(app)).toContain('✓ Right!');
  });

  it('shows the manifest, the choices and the answer as it is typed', async () => {
    const app = await openStep('status');
    const frame = app.lastFrame();
    expect(frame).toContain('What does STATUS show after a minute?');
    expect(frame).toContain('│ kind: Pod');
    expect(frame).toContain('6 CrashLoopBackOff');
    expect(frame).toContain('0 CreateContainerConfigError');
    await app.press('I', 'n', 'i', 't');
    await app.waitForFrame((f) => f.includes('› Init▏'));
  });
});

describe('the timeline', () => {
  it('opens at the predicted time with the row and the events until then', async () => {
    const app = await openStep('status');
    await app.press('6', KEY.enter);
    const frame = await played(app);
    expect(frame).toContain('Now: 60s, the time you predicted');
    expect(frame).toMatch(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
    expect(frame).toMatch(/crash\s+0\/1\s+CrashLoopBackOff\s+3 \(\d+s ago\)\s+60s/);
    expect(frame).toContain('Events until 60s:');
    expect(frame).toMatch(/Warning\s+BackOff ×\d\s+Back-off restarting failed container app/);
    expect(frame).toContain('The container keeps failing');
    // With room for all of them, every event so far shows, the first one too.
    for (const reason of ['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']) expect(frame).toContain(` ${reason} `);
    expect(frame).not.toContain('earlier');
  });

  it('on a short screen, the latest events show and say how many earlier ones do not', async () => {
    const app = await openStep('status', 'en', [60, 20]);
    await app.press('6', KEY.enter);
    const frame = await played(app);
    expect(frame).toMatch(/… \d earlier/);
    expect(frame).toContain('BackOff');
    expect(frame).not.toContain('Scheduled');
  });

  it.each<[string, string[], string, RegExp]>([
    ['g goes to the start', ['g'], 'Now: 0s', /crash\s+0\/1\s+Pending\s+0\s+0s/],
    ['then l steps to the next change', ['g', 'l'], 'Now: 1s', /crash\s+0\/1\s+ContainerCreating/],
    ['and on, change by change', ['g', 'l', 'l', 'l'], 'Now: 3s', /crash\s+0\/1\s+Error\s+0/],
    ['h steps back to the change before', ['h'], 'Now: 36.5s', /crash\s+0\/1\s+CrashLoopBackOff\s+3 \(1s ago\)/],
    ['Shift+Left goes 10 s back', [SHIFT_LEFT], 'Now: 50s', /CrashLoopBackOff/],
    ['H goes 10 s back, L forward', ['H', 'H', 'L'], 'Now: 50s', /CrashLoopBackOff/],
    [', and . move a second', [',', ',', '.'], 'Now: 59s', /CrashLoopBackOff/],
    ['G goes to the end, past the prediction', ['G'], 'Now: 80s', /crash\s+0\/1\s+CrashLoopBackOff\s+4 /],
    ['a comes back to the predicted time', ['g', 'a'], 'Now: 60s, the time you predicted', /CrashLoopBackOff\s+3 /],
  ])('%s', async (_name, keys, now, row) => {
    const app = await openStep('status');
    await app.press('6', KEY.enter);
    await played(app);
    await app.press(...keys);
    const frame = await app.waitForFrame((f) => f.includes(now));
    expect(frame).toMatch(row);
    if (!now.includes('predicted')) expect(frame).toContain('┃ 60s: the time you predicted');
  });

  it('shows only the events until the moment on show', async () => {
    const app = await openStep('status');
    await app.press('6', KEY.enter);
    await played(app);
    await app.press('g');
    await app.waitForFrame((f) => f.includes('No events yet.'));
    await app.press('l');
    const frame = await app.waitForFrame((f) => f.includes('Events until 1s:'));
    expect(frame).toContain('Scheduled');
    expect(frame).toContain('Pulling image "busybox:1.36"');
    expect(frame).not.toMatch(/Warning\s+BackOff/);
  });

  it('Esc goes back to the page, and Enter there starts the step afresh', async () => {
    const app = await openStep('status');
    await app.press('6', KEY.enter);
    await played(app);
    await app.press(KEY.escape);
    const page = await app.waitForFrame((f) => f.includes('Before the status step.'));
    expect(page).toContain('▶ Enter: try it in the simulator');
    await app.press(KEY.enter);
    await app.waitForFrame((f) => f.includes('› ▏'));
  });

  it('t reads it in Korean; ? lists the timeline keys', async () => {
    const app = await openStep('status');
    await app.press('3', KEY.enter);
    await played(app);
    await app.press('t');
    const ko = await app.waitForFrame((f) => f.includes('✗ 틀렸습니다.'));
    expect(ko).toContain('예측한 값은 Running, 60s의 실제 STATUS 값은 CrashLoopBackOff입니다.');
    expect(ko).toContain('지금: 60s (예측한 시점)');
    await app.press('t', '?');
    const help = await app.waitForFrame((f) => f.includes('Keys on this screen'));
    for (const text of ['Previous / next moment something changed', '10 seconds back / forward', 'To the time you predicted']) expect(help).toContain(text);
    await app.press(KEY.escape);
    await app.waitForFrame((f) => f.includes('Now: 60s'));
  });
});

describe('at 60x20', () => {
  it.each<[Lang, string]>([['en', 'status'], ['ko', 'status'], ['en', 'ready'], ['ko', 'restarts']])(
    '%s %s: asking and the timeline fit in 19 lines of 60 columns',
    async (lang, page) => {
      const app = await openStep(page, lang, [60, 20]);
      const fits = (frame: string) => {
        expect(measure(frame).lines).toBe(19);
        expect(measure(frame).widest).toBeLessThanOrEqual(60);
      };
      fits(app.lastFrame());
      expect(app.lastFrame()).toContain(page === 'status' ? '0 CreateContainerConfigError' : '›');
      await app.press(page === 'ready' ? '1/2' : '3', KEY.enter);
      fits(await played(app));
      for (const key of ['g', 'l', 'l', 'l', 'l', 'G']) {
        await app.press(key);
        fits(app.lastFrame());
      }
      expect(app.lastFrame()).toMatch(/NAME\s+READY\s+STATUS/);
    },
  );
});
