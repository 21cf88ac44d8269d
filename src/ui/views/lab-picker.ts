/** The Lab's list: the free lab, then the guided scenarios, each marked done or started. */
import type { LabScenario } from '../../content/types.js';
import { keepVisible, type ListState } from '../state/list-state.js';
import { padEnd, pick, truncate, widthOf } from '../text.js';
import type { ViewContext } from './context.js';
import { labUiText } from './lab-messages.js';
import { BLANK, indented, type Line } from './line.js';

/** How far the learner has got in one lab. */
export type LabMark = 'new' | 'started' | 'done';

/** One row of the list: the free lab has no scenario. */
export interface LabChoice {
  readonly id: string;
  readonly scenario?: LabScenario;
  readonly mark: LabMark;
}

const MARKS: Readonly<Record<LabMark, { readonly text: string; readonly tone: 'good' | 'accent' | 'plain' }>> = {
  done: { text: '✓ ', tone: 'good' },
  started: { text: '◦ ', tone: 'accent' },
  new: { text: '  ', tone: 'plain' },
};

/** Rows the list may fill in a body of `height` lines (the intro and the description take the rest). */
export const pickerListHeight = (height: number): number => Math.max(1, height - 10);

export function labPickerLines(ctx: ViewContext, choices: readonly LabChoice[], list: ListState, status?: string): Line[] {
  const t = labUiText(ctx.lang);
  const { width, height } = ctx;
  const intro = indented(t('pickIntro'), width, 1, 'dim').slice(0, 3);
  const listHeight = pickerListHeight(height);
  const offset = keepVisible(list.offset, list.selected, { selectable: choices.map(() => true), height: listHeight });
  const rows = choices.slice(offset, offset + listHeight).map((c, i): Line => {
    const isSelected = offset + i === list.selected;
    const minutes = c.scenario?.minutes ? ` ${t('minutes', { n: c.scenario.minutes })} ` : ' ';
    const title = c.scenario ? pick(c.scenario.title, ctx.lang) : t('sandbox');
    const titleWidth = Math.max(1, width - 6 - widthOf(minutes));
    return [
      { text: isSelected ? '  › ' : '    ', tone: 'accent' },
      { text: MARKS[c.mark].text, tone: MARKS[c.mark].tone },
      { text: padEnd(truncate(title, titleWidth), titleWidth), tone: isSelected ? 'selected' : 'plain' },
      { text: minutes, tone: 'dim' },
    ];
  });
  const chosen = choices[list.selected];
  const about = chosen ? (chosen.scenario ? pick(chosen.scenario.intro, ctx.lang) : t('sandboxAbout')) : '';
  const aboutLines = indented(about, width, 2).slice(0, 4);
  const extra = status ? indented(status, width, 1, 'warn') : choices.length <= 1 ? indented(t('noLabs'), width, 1, 'dim') : [];
  return [BLANK, ...intro, BLANK, ...rows, BLANK, ...extra, ...aboutLines].slice(0, height);
}
