/**
 * The Lab: the list of labs (the free lab and the guided scenarios), and a lab open with its
 * prompt, panels and guide. Its keys are raw, since commands are typed; Esc leaves.
 */
import { useInput, type Key } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../i18n/index.js';
import { SANDBOX } from '../../practice/lab/lab-run.js';
import { useLabSession } from '../hooks/use-lab-session.js';
import type { LoadedLabs, LabProps } from '../lab-types.js';
import type { TerminalSize } from '../layout.js';
import { reduceList, EMPTY_LIST, type ListState } from '../state/list-state.js';
import { pick, spread, truncate } from '../text.js';
import type { ViewContext } from '../views/context.js';
import { labUiText } from '../views/lab-messages.js';
import { labPickerLines, pickerListHeight, type LabChoice, type LabMark } from '../views/lab-picker.js';
import { labBody } from '../views/lab-screen.js';
import { BLANK, indented, line, type Line } from '../views/line.js';
import { Frame } from './frame.js';

export interface LabViewsProps {
  readonly ctx: ViewContext;
  readonly size: TerminalSize;
  /** The Lab (guided scenarios and the free lab), or the CKA drills worked in labs. */
  readonly mode: 'lab' | 'drills';
  /** The lab to open at once (`podlab lab SCENARIO`), if any. */
  readonly openId?: string;
  readonly lab: LabProps;
  readonly isActive: boolean;
  /** Esc on the list: back to where the learner came from. */
  readonly onBack: () => void;
}

function header(ctx: ViewContext, mode: 'lab' | 'drills', title: string | undefined, clock?: { readonly time: string; readonly isPaused: boolean; readonly speed: number }): Line {
  const t = labUiText(ctx.lang);
  const left = ` ${ctx.t('app.name')} › ${ctx.t(mode === 'lab' ? 'screen.lab' : 'screen.drills')}${title ? ` › ${title}` : ''}`;
  const right = clock ? `${clock.isPaused ? t('paused') : t('playing', { speed: clock.speed })}  ${clock.time} ` : '';
  const text = spread(left, right, ctx.width);
  const cut = Math.min(text.length, ctx.t('app.name').length + 1);
  return [{ text: text.slice(0, cut), tone: 'accent' }, { text: text.slice(cut), tone: 'title' }];
}

const footer = (ctx: ViewContext, text: string): Line => line(truncate(' ' + text, ctx.width), 'dim');

function markOf(saved: unknown, steps: number): LabMark {
  if (saved === undefined || typeof saved !== 'object' || saved === null) return 'new';
  const step = (saved as { step?: unknown }).step;
  return steps > 0 && typeof step === 'number' && step >= steps ? 'done' : 'started';
}

interface SessionProps {
  readonly ctx: ViewContext;
  readonly mode: 'lab' | 'drills';
  readonly size: TerminalSize;
  readonly choice: LabChoice;
  readonly lab: LabProps;
  readonly lang: Lang;
  readonly isActive: boolean;
  readonly onLeave: () => void;
}

function LabSession({ ctx, size, mode, choice, lab, lang, isActive, onLeave }: SessionProps) {
  const session = useLabSession({
    id: choice.id, ...(choice.scenario ? { scenario: choice.scenario } : {}), ...(choice.drill ? { drill: choice.drill } : {}),
    props: lab, lang, width: ctx.width, onLeave,
  });
  const onKey = useCallback((input: string, key: Key) => session.onKey(input, key), [session]);
  useInput(onKey, { isActive });
  const t = labUiText(lang);
  const title = choice.scenario ? pick(choice.scenario.title, lang) : choice.drill ? pick(choice.drill.title, lang) : t('sandbox');
  const { phase, model } = session;
  const body = model
    ? labBody(ctx, model)
    : [BLANK, ...indented(phase.kind === 'failed' ? phase.message : t('loading'), ctx.width, 1, phase.kind === 'failed' ? 'warn' : 'dim')];
  return <Frame size={size} header={header(ctx, mode, title, session.clock)} body={body} footer={footer(ctx, model?.isFollowing ? t('keysFollow') : t('keys'))} />;
}

export function LabViews({ ctx, size, mode, openId, lab, isActive, onBack }: LabViewsProps) {
  const t = labUiText(ctx.lang);
  const [loaded, setLoaded] = useState<LoadedLabs | undefined>(undefined);
  const [runs, setRuns] = useState<Readonly<Record<string, unknown>>>({});
  const [open, setOpen] = useState<string | undefined>(openId);
  const [list, setList] = useState<ListState>(EMPTY_LIST);
  // Read when the screen opens, and again each time the list shows, so the marks and best
  // scores include the lab just left.
  const isListed = open === undefined;
  useEffect(() => {
    if (!isListed && loaded !== undefined) return;
    void lab.loadScenarios().then(setLoaded, (error: unknown) => setLoaded({ scenarios: [], drills: [], drillBest: {}, problem: String(error) }));
    void lab.loadRuns().then(setRuns, () => setRuns({}));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lab, isListed]);
  const choices: LabChoice[] = mode === 'drills'
    ? (loaded?.drills ?? []).map((d) => {
      const best = loaded?.drillBest[d.id];
      return { id: d.id, drill: d, mark: best === 100 ? 'done' : best !== undefined || runs[d.id] !== undefined ? 'started' : 'new', ...(best !== undefined ? { best } : {}) };
    })
    : [
      { id: SANDBOX, mark: runs[SANDBOX] === undefined ? 'new' : 'started' },
      ...(loaded?.scenarios ?? []).map((s) => ({ id: s.id, scenario: s, mark: markOf(runs[s.id], s.steps.length) })),
    ];
  const chosen = open === undefined ? undefined : choices.find((c) => c.id === open);
  // An id the content does not have (the command line checks them; a pack may have gone): the list.
  useEffect(() => {
    if (loaded !== undefined && open !== undefined && chosen === undefined) setOpen(undefined);
  }, [loaded, open, chosen]);
  // Note: keys may arrive faster than React renders, and before the handler of the latest render
  // is subscribed: each reads the list and the selection from refs.
  const listRef = useRef(list);
  listRef.current = list;
  const choicesRef = useRef(choices);
  choicesRef.current = loaded === undefined ? [] : choices;
  useInput((input, key) => {
    const view = { selectable: choicesRef.current.map(() => true), height: pickerListHeight(ctx.height) };
    const move = (m: 'up' | 'down') => {
      listRef.current = reduceList(listRef.current, { type: 'move', move: m, view });
      setList(listRef.current);
    };
    if (key.escape || input === 'q') onBack();
    else if (key.upArrow || input === 'k') move('up');
    else if (key.downArrow || input === 'j') move('down');
    else if (key.return || input === ' ') setOpen(choicesRef.current[listRef.current.selected]?.id);
  }, { isActive: isActive && chosen === undefined });
  const leave = useCallback(() => setOpen(undefined), []);
  if (chosen) return <LabSession key={chosen.id} ctx={ctx} size={size} mode={mode} choice={chosen} lab={lab} lang={ctx.lang} isActive={isActive} onLeave={leave} />;
  const problem = loaded?.problem ? t('unloadable', { detail: loaded.problem }) : undefined;
  const body = loaded === undefined ? [BLANK, line(' ' + t('loading'), 'dim')] : labPickerLines(ctx, choices, list, problem, mode);
  return <Frame size={size} header={header(ctx, mode, undefined)} body={body} footer={footer(ctx, t('pickKeys'))} />;
}
