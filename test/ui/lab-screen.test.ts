// The Lab's screens as lines: the lab (panels, guide, output, prompt) fills its body exactly at
// every size, in both languages, whatever it holds; the list of labs fits and marks its rows.
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { loadContent, shippedSource } from '../../src/content/index.js';
import type { LabScenario } from '../../src/content/types.js';
import type { Lang } from '../../src/i18n/index.js';
import type { OutLine } from '../../src/practice/lab/lab-line.js';
import { uiText } from '../../src/ui/messages.js';
import type { ViewContext } from '../../src/ui/views/context.js';
import { LAB_UI_MESSAGES } from '../../src/ui/views/lab-messages.js';
import { labPickerLines, pickerListHeight, type LabChoice } from '../../src/ui/views/lab-picker.js';
import { labBody, type LabScreenModel } from '../../src/ui/views/lab-screen.js';
import { lineText, type Line } from '../../src/ui/views/line.js';

const WIDTHS = [60, 80, 100, 130, 200] as const;
const HEIGHTS = [8, 12, 20, 30, 50] as const;
const LANGS: readonly Lang[] = ['en', 'ko'];
const CARET = '▏';

const ctx = (width: number, height: number, lang: Lang = 'en'): ViewContext => ({ lang, t: uiText(lang), width, height });
const texts = (lines: readonly Line[]) => lines.map(lineText);

const POD_ROWS = Array.from({ length: 40 }, (_, i) => `web-${i}   ${i % 2 ? '1/1' : '0/1'}     ${i % 3 ? 'Running' : 'CrashLoopBackOff'}   ${i}          ${i}m`);
const EVENT_ROWS = Array.from({ length: 40 }, (_, i) => `${i}s   Warning   BackOff   pod/web-${i}   Back-off restarting failed container app in pod web-${i}_default(0c6e1f5a-4b9e-4c2b-9d7e-2f1a8c3d5e6f)`);
const OUTPUT: OutLine[] = Array.from({ length: 120 }, (_, i): OutLine => ({
  text: i % 10 === 0 ? `line ${i} ${'x'.repeat(300)}` : `line ${i}`, tone: (['plain', 'error', 'hint', 'good', 'command'] as const)[i % 5],
}));
const LONG = 'kubectl get pods -o jsonpath={.items[*].status.containerStatuses[*].lastState.terminated.reason} --all-namespaces -l app=web,tier=front 웹서버-한글-이름 '.repeat(4).trim();

const BASE: LabScreenModel = {
  pods: { header: 'NAME   READY   STATUS    RESTARTS   AGE', rows: [] },
  events: { header: 'LAST SEEN   TYPE   REASON   OBJECT   MESSAGE', rows: [] },
  output: [],
  scroll: 0,
  prompt: { text: '', cursor: 0 },
  candidates: [],
  isFollowing: false,
};

const guide = (lang: Lang): NonNullable<LabScreenModel['guide']> => ({
  title: lang === 'en' ? 'Step 2/5' : '2/5단계',
  text: lang === 'en'
    ? 'Watch the live panel (or run kubectl get pods): STATUS shows ContainerCreating while the kubelet pulls the image, then Running with READY 1/1.'
    : '라이브 패널을 지켜보세요(kubectl get pods로 확인해도 됩니다). kubelet이 이미지를 받는 동안 STATUS는 ContainerCreating이고, 컨테이너가 뜨면 Running, READY 1/1이 됩니다.',
  isFinished: false,
});

/** What a lab screen can hold, one case each. */
const VARIANTS: Readonly<Record<string, (lang: Lang) => LabScreenModel>> = {
  'an empty free lab': () => BASE,
  'busy panels': () => ({ ...BASE, pods: { ...BASE.pods, rows: POD_ROWS }, events: { ...BASE.events, rows: EVENT_ROWS } }),
  'a guide': (lang) => ({ ...BASE, guide: guide(lang) }),
  'a guide with a hint': (lang) => ({ ...BASE, guide: { ...guide(lang), hint: guide(lang).text.repeat(3) } }),
  'the closing words': (lang) => ({ ...BASE, guide: { ...guide(lang), title: 'All steps done.', isFinished: true } }),
  'candidates': () => ({ ...BASE, prompt: { text: 'k get po', cursor: 8 }, candidates: ['po', 'pod', 'pods'] }),
  'many candidates': () => ({ ...BASE, candidates: Array.from({ length: 90 }, (_, i) => `candidate-name-${i}`) }),
  'long output': () => ({ ...BASE, output: OUTPUT }),
  'scrolled output': () => ({ ...BASE, output: OUTPUT, scroll: 30 }),
  'scrolled past the top': () => ({ ...BASE, output: OUTPUT, scroll: 10_000 }),
  'a long line, cursor at the end': () => ({ ...BASE, prompt: { text: LONG, cursor: LONG.length } }),
  'a long line, cursor at the start': () => ({ ...BASE, prompt: { text: LONG, cursor: 0 } }),
  'a long line, cursor in the middle': () => ({ ...BASE, prompt: { text: LONG, cursor: Math.floor(LONG.length / 2) } }),
  'following': () => ({ ...BASE, output: OUTPUT, isFollowing: true }),
  'everything at once': (lang) => ({
    ...VARIANTS['busy panels'](lang), guide: { ...guide(lang), hint: 'Look at the events.' }, output: OUTPUT, scroll: 3,
    candidates: ['pod', 'pods'], prompt: { text: LONG, cursor: LONG.length },
  }),
};

describe('labBody fills the body exactly, at every size, in both languages', () => {
  const cases = LANGS.flatMap((lang) => Object.keys(VARIANTS).map((v) => [lang, v] as const));
  it.each(cases)('%s, %s', (lang, variant) => {
    for (const width of WIDTHS) {
      for (const height of HEIGHTS) {
        const model = VARIANTS[variant](lang);
        const lines = texts(labBody(ctx(width, height, lang), model));
        const at = `${width}x${height}:\n${lines.join('\n')}`;
        expect(lines.length, at).toBe(height);
        expect(Math.max(...lines.map((l) => stringWidth(l))), at).toBeLessThanOrEqual(width);
        const last = lines[height - 1];
        if (model.isFollowing) expect(last.trim(), at).toBe('');
        else {
          expect(last.startsWith('$ '), at).toBe(true);
          expect(last, at).toContain(CARET);
        }
      }
    }
  });
});

const draw = (model: LabScreenModel, width = 100, height = 30, lang: Lang = 'en') => texts(labBody(ctx(width, height, lang), model));

describe('the panels', () => {
  const busy = VARIANTS['busy panels']('en');

  it.each([120, 130, 200])('stand side by side at %i columns', (width) => {
    const lines = draw(busy, width);
    expect(lines[0]).toMatch(/^─ kubectl get pods -w ─+│─ events ─+$/);
    expect(stringWidth(lines[0])).toBe(width);
    expect(lines[1]).toMatch(/^ NAME\s+READY.*│ LAST SEEN\s+TYPE/);
  });

  it.each([60, 80, 100, 119])('stand one above the other below 120 columns (%i)', (width) => {
    const lines = draw(busy, width);
    expect(lines[0]).toMatch(/^─ kubectl get pods -w ─+$/);
    expect(lines[0]).not.toContain('│');
    const events = lines.findIndex((l) => l.startsWith('─ events '));
    expect(events).toBeGreaterThan(2);
    expect(lines[events + 1]).toMatch(/^ LAST SEEN/);
  });

  it('show the newest rows', () => {
    const lines = draw(busy, 130);
    expect(lines.some((l) => l.includes('web-39 '))).toBe(true);
    expect(lines.some((l) => l.includes('web-0 '))).toBe(false);
  });

  it('say when there is nothing to show yet', () => {
    const lines = draw(BASE, 130).join('\n');
    expect(lines).toContain(LAB_UI_MESSAGES.en.noPods);
    expect(lines).toContain(LAB_UI_MESSAGES.en.noEvents);
  });

  it('keep the divider in one column with Korean text in the left panel', () => {
    const lines = draw(BASE, 130, 30, 'ko').filter((l) => l.includes('│'));
    expect(lines.length).toBeGreaterThan(3);
    const columns = lines.map((l) => stringWidth(l.slice(0, l.indexOf('│'))));
    expect(new Set(columns).size).toBe(1);
  });

  it('are left out of a body under 12 lines', () => {
    expect(draw(busy, 130, 11).join('\n')).not.toContain('kubectl get pods -w');
  });
});

describe('the guide, the output and the prompt', () => {
  it('shows the step with its title, and the hint when there is one', () => {
    const lines = draw({ ...BASE, guide: { ...guide('en'), hint: 'Look at the events.' } }).join('\n');
    expect(lines).toContain('Step 2/5: Watch the live panel');
    expect(lines).toContain('Hint: Look at the events.');
  });

  it('cuts a guide too long for a small body with …', () => {
    const lines = draw(VARIANTS['a guide with a hint']('en'), 60, 12);
    expect(lines.some((l) => l.endsWith('…'))).toBe(true);
  });

  it('puts the output right above the prompt, the newest last', () => {
    const lines = draw({ ...BASE, output: OUTPUT });
    expect(lines.at(-2)).toBe('line 119');
    expect(lines.at(-3)).toBe('line 118');
  });

  it('keeps the space left over above the output, not between it and the prompt', () => {
    const lines = draw({ ...BASE, output: [{ text: 'pod/web created', tone: 'plain' }] });
    expect(lines.at(-2)).toBe('pod/web created');
  });

  it('scrolled up, hides the newest screen lines and says how many are below', () => {
    // Every tenth line wraps to four screen lines: 30 lines up from line 119 is line 95.
    const lines = draw({ ...BASE, output: OUTPUT, scroll: 30 });
    expect(lines.at(-2)).toBe(LAB_UI_MESSAGES.en.scrolled.replace('{n}', '30'));
    expect(lines.at(-3)).toBe('line 95');
    expect(lines.join('\n')).not.toContain('line 96\n');
  });

  it('wraps a long line as a terminal does, instead of cutting it', () => {
    const lines = draw({ ...BASE, output: [OUTPUT[0]] });
    const first = lines.findIndex((l) => l.startsWith('line 0 '));
    expect(lines.slice(first, first + 4).join('')).toBe(OUTPUT[0].text);
  });

  it('scrolled past the top, stops at the first line', () => {
    const lines = draw({ ...BASE, output: OUTPUT, scroll: 10_000 });
    const first = lines.findIndex((l) => l.startsWith('line '));
    expect(lines[first]).toBe('line 0 ' + 'x'.repeat(93));
  });

  it('lists the candidates between the output and the prompt', () => {
    const lines = draw({ ...VARIANTS.candidates('en'), output: [{ text: 'earlier', tone: 'plain' }] });
    expect(lines.slice(-3)).toEqual(['earlier', ' po  pod  pods', `$ k get po${CARET}`]);
  });

  it('says how many candidates did not fit', () => {
    expect(draw(VARIANTS['many candidates']('en'), 60).at(-2)).toMatch(/\(\d+ more\)$/);
  });

  it.each<[string, number, RegExp]>([
    ['at the end: the end of the line shows', LONG.length, new RegExp(`^\\$ ….* 웹서버-한글-이름${CARET}$`)],
    ['at the start: the start of the line shows', 0, new RegExp(`^\\$ ${CARET}kubectl get pods -o jsonpath.*…$`)],
  ])('keeps the cursor in sight on a long line, %s', (_, cursor, pattern) => {
    for (const width of WIDTHS) expect(draw({ ...BASE, prompt: { text: LONG, cursor } }, width).at(-1)).toMatch(pattern);
  });

  it('shows a short line whole, the cursor where it is', () => {
    expect(draw({ ...BASE, prompt: { text: 'k get pods', cursor: 5 } }).at(-1)).toBe(`$ k get${CARET} pods`);
  });

  it('hides the prompt while a command follows', () => {
    const lines = draw(VARIANTS.following('en'));
    expect(lines.at(-1)?.trim()).toBe('');
    expect(lines.at(-2)).toBe('line 119');
  });
});

const SHIPPED: readonly LabScenario[] = (await loadContent([{ quizzes: join(shippedSource().quizzes ?? 'quizzes', 'labs') }])).labs;
const CHOICES: LabChoice[] = [
  { id: 'sandbox', mark: 'started' },
  ...SHIPPED.map((scenario, i): LabChoice => ({ id: scenario.id, scenario, mark: (['new', 'done', 'started'] as const)[i % 3] })),
];

describe('the list of labs', () => {
  it('has the shipped labs to show', () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(12);
  });

  it.each(LANGS)('%s: fits the body at every size, wherever the selection is', (lang) => {
    for (const width of WIDTHS) {
      for (const height of HEIGHTS) {
        for (const selected of [0, 5, CHOICES.length - 1]) {
          const lines = texts(labPickerLines(ctx(width, height, lang), CHOICES, { selected, offset: 0 }, selected === 5 ? 'a problem '.repeat(20) : undefined));
          const at = `${width}x${height}, row ${selected}:\n${lines.join('\n')}`;
          expect(lines.length, at).toBeLessThanOrEqual(height);
          expect(Math.max(...lines.map((l) => stringWidth(l))), at).toBeLessThanOrEqual(width);
          // The selected row is always in sight, marked, and the only one marked.
          const marked = lines.filter((l) => l.startsWith('  › '));
          expect(marked.length, at).toBe(1);
        }
      }
    }
  });

  it('marks the selected row and no other, each row with its mark and title', () => {
    const lines = texts(labPickerLines(ctx(100, 40), CHOICES, { selected: 2, offset: 0 }));
    const row = (title: string) => lines.find((l) => l.includes(title)) ?? '';
    expect(row(LAB_UI_MESSAGES.en.sandbox).slice(0, 6)).toBe('    ◦ ');
    expect(row(SHIPPED[0].title.en).slice(0, 6)).toBe('      ');
    expect(row(SHIPPED[1].title.en).slice(0, 6)).toBe('  › ✓ ');
    expect(row(SHIPPED[1].title.en)).toMatch(/\d+ min $/);
    expect(stringWidth(row(SHIPPED[1].title.en))).toBe(100);
  });

  it.each<[LabChoice['mark'], string]>([['done', '✓'], ['started', '◦'], ['new', ' ']])('marks a %s lab with "%s"', (mark, sign) => {
    const lines = texts(labPickerLines(ctx(80, 20), [{ id: 'sandbox', mark: 'new' }, { id: SHIPPED[0].id, scenario: SHIPPED[0], mark }], { selected: 0, offset: 0 }));
    expect(lines.find((l) => l.includes(SHIPPED[0].title.en))?.slice(0, 6)).toBe(`    ${sign} `);
  });

  it('describes the selected lab under the list', () => {
    const lines = texts(labPickerLines(ctx(100, 40), CHOICES, { selected: 1, offset: 0 })).join(' ').replace(/\s+/g, ' ');
    expect(lines).toContain(SHIPPED[0].intro.en.split(' ').slice(0, 6).join(' '));
  });

  it('keeps a selection far down the list in sight', () => {
    const height = 14;
    const lines = texts(labPickerLines(ctx(80, height), CHOICES, { selected: CHOICES.length - 1, offset: 0 }));
    expect(pickerListHeight(height)).toBeLessThan(CHOICES.length);
    expect(lines.find((l) => l.startsWith('  › '))).toContain(SHIPPED.at(-1)?.title.en.slice(0, 20));
  });

  it('says so when only the free lab is there', () => {
    const lines = texts(labPickerLines(ctx(80, 20), [{ id: 'sandbox', mark: 'new' }], { selected: 0, offset: 0 })).join(' ');
    expect(lines).toContain('No guided scenarios are installed');
  });
});
