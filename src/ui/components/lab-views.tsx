/**
 * The Lab: the list of labs (the free lab and the guided scenarios), and a lab open with its
 * prompt, panels and guide. Its keys are raw, since commands are typed; Esc leaves.
 */
import { useInput, type Key } from 'ink';
import { useCallback, useEffect, useState } from 'react';
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
  /** The lab to open at once (`podlab lab SCENARIO`), if any. */
  readonly openId?: string;
  readonly lab: LabProps;
  readonly isActive: boolean;
  /** Esc on the list: back to where the learner came from. */
  readonly onBack: () => void;
}

function header(ctx: ViewContext, title: string | undefined, clock?: { readonly time: string; readonly isPaused: boolean; readonly speed: number }): Line {
  const t = labUiText(ctx.lang);
  const left = ` ${ctx.t('app.name')} › ${ctx.t('screen.lab')}${title ? ` › ${title}` : ''}`;
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
  readonly size: TerminalSize;
  readonly choice: LabChoice;
  readonly lab: LabProps;
  readonly lang: Lang;
  readonly isActive: boolean;
  readonly onLeave: () => void;
}

function LabSession({ ctx, size, choice, lab, lang, isActive, onLeave }: SessionProps) {
  const session = useLabSession({ id: choice.id, ...(choice.scenario ? { scenario: choice.scenario } : {}), props: lab, lang, width: ctx.width, onLeave });
  const onKey = useCallback((input: string, key: Key) => session.onKey(input, key), [session]);
  useInput(onKey, { isActive });
  const t = labUiText(lang);
  const title = choice.scenario ? pick(choice.scenario.title, lang) : t('sandbox');
  const { phase, model } = session;
  const body = model
    ? labBody(ctx, model)
    : [BLANK, ...indented(phase.kind === 'failed' ? phase.message : t('loading'), ctx.width, 1, phase.kind === 'failed' ? 'warn' : 'dim')];
  return <Frame size={size} header={header(ctx, title, session.clock)} body={body} footer={footer(ctx, model?.isFollowing ? t('keysFollow') : t('keys'))} />;
}

export function LabViews({ ctx, size, openId, lab, isActive, onBack }: LabViewsProps) {
  const t = labUiText(ctx.lang);
  const [loaded, setLoaded] = useState<LoadedLabs | undefined>(undefined);
  const [runs, setRuns] = useState<Readonly<Record<string, unknown>>>({});
  const [open, setOpen] = useState<string | undefined>(openId);
  const [list, setList] = useState<ListState>(EMPTY_LIST);
  useEffect(() => {
    void lab.loadScenarios().then(setLoaded, (error: unknown) => setLoaded({ scenarios: [], problem: String(error) }));
  }, [lab]);
  // The marks are read again each time the list shows, so they include the lab just left.
  useEffect(() => {
    if (open === undefined) void lab.loadRuns().then(setRuns, () => setRuns({}));
  }, [lab, open]);
  const choices: LabChoice[] = [
    { id: SANDBOX, mark: runs[SANDBOX] === undefined ? 'new' : 'started' },
    ...(loaded?.scenarios ?? []).map((s) => ({ id: s.id, scenario: s, mark: markOf(runs[s.id], s.steps.length) })),
  ];
  const chosen = open === undefined ? undefined : choices.find((c) => c.id === open);
  // An id the content does not have (the command line checks them; a pack may have gone): the list.
  useEffect(() => {
    if (loaded !== undefined && open !== undefined && chosen === undefined) setOpen(undefined);
  }, [loaded, open, chosen]);
  const view = { selectable: choices.map(() => true), height: pickerListHeight(ctx.height) };
  useInput((input, key) => {
    if (key.escape || input === 'q') onBack();
    else if (key.upArrow || input === 'k') setList((l) => reduceList(l, { type: 'move', move: 'up', view }));
    else if (key.downArrow || input === 'j') setList((l) => reduceList(l, { type: 'move', move: 'down', view }));
    else if (key.return || input === ' ') setOpen(choices[list.selected]?.id);
  }, { isActive: isActive && chosen === undefined && loaded !== undefined });
  const leave = useCallback(() => setOpen(undefined), []);
  if (chosen) return <LabSession key={chosen.id} ctx={ctx} size={size} choice={chosen} lab={lab} lang={ctx.lang} isActive={isActive} onLeave={leave} />;
  const problem = loaded?.problem ? t('unloadable', { detail: loaded.problem }) : undefined;
  const body = loaded === undefined ? [BLANK, line(' ' + t('loading'), 'dim')] : labPickerLines(ctx, choices, list, problem);
  return <Frame size={size} header={header(ctx, undefined)} body={body} footer={footer(ctx, t('pickKeys'))} />;
}
