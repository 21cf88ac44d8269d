/** The Lab's list: the free lab, then the guided scenarios, each marked done or started. */
import type { Drill, LabScenario } from '../../content/types.js';
import { keepVisible, type ListState } from '../state/list-state.js';
import { padEnd, pick, truncate, widthOf } from '../text.js';
import type { ViewContext } from './context.js';
import { labUiText } from './lab-messages.js';
import { BLANK, indented, type Line } from './line.js';

/** How far the learner has got in one lab. */
export type LabMark = 'new' | 'started' | 'done';

/** One row of the list: a guided scenario, a drill, or the free lab (neither). */
export interface LabChoice {
  readonly id: string;
  readonly scenario?: LabScenario;
  readonly drill?: Drill;
  readonly mark: LabMark;
  /** A drill's best score so far, in percent. */
  readonly best?: number;
}

const MARKS: Readonly<Record<LabMark, { readonly text: string; readonly tone: 'good' | 'accent' | 'plain' }>> = {
  done: { text: '✓ ', tone: 'good' },
  started: { text: '◦ ', tone: 'accent' },
  new: { text: '  ', tone: 'plain' },
};

/** Rows the list may fill in a body of `height` lines (the intro and the description take the rest). */
export const pickerListHeight = (height: number): number => Math.max(1, height - 10);

export function labPickerLines(ctx: ViewContext, choices: readonly LabChoice[], list: ListState, status?: string, mode: 'lab' | 'drills' = 'lab'): Line[] {
  const t = labUiText(ctx.lang);
  const { width, height } = ctx;
  const isDrills = mode === 'drills';
  const intro = indented(t(isDrills ? 'drillsIntro' : 'pickIntro'), width, 1, 'dim').slice(0, 3);
  const listHeight = pickerListHeight(height);
  const offset = keepVisible(list.offset, list.selected, { selectable: choices.map(() => true), height: listHeight });
  const rows = choices.slice(offset, offset + listHeight).map((c, i): Line => {
    const isSelected = offset + i === list.selected;
    const n = c.scenario?.minutes ?? c.drill?.minutes;
    const best = c.best !== undefined ? `${c.best}%  ` : '';
    const minutes = ` ${best}${n ? t('minutes', { n }) : ''} `;
    const title = c.scenario ? pick(c.scenario.title, ctx.lang) : c.drill ? pick(c.drill.title, ctx.lang) : t('sandbox');
    const titleWidth = Math.max(1, width - 6 - widthOf(minutes));
    return [
      { text: isSelected ? '  › ' : '    ', tone: 'accent' },
      { text: MARKS[c.mark].text, tone: MARKS[c.mark].tone },
      { text: padEnd(truncate(title, titleWidth), titleWidth), tone: isSelected ? 'selected' : 'plain' },
      { text: minutes, tone: 'dim' },
    ];
  });
  const chosen = choices[list.selected];
  const about = !chosen ? '' : chosen.scenario ? pick(chosen.scenario.intro, ctx.lang) : chosen.drill ? pick(chosen.drill.task, ctx.lang) : t('sandboxAbout');
  const aboutLines = indented(about, width, 2).slice(0, 4);
  const none = isDrills ? choices.length === 0 && t('noDrills') : choices.length <= 1 && t('noLabs');
  const extra = status ? indented(status, width, 1, 'warn') : none ? indented(none, width, 1, 'dim') : [];
  return [BLANK, ...intro, BLANK, ...rows, BLANK, ...extra, ...aboutLines].slice(0, height);
}
