/** Settings: the language, and where progress is kept. */
import { LANG_NAMES } from '../messages.js';
import { SETTINGS_ITEMS } from '../state/entries.js';
import type { ListState } from '../state/list-state.js';
import { truncate } from '../text.js';
import type { ViewContext } from './context.js';
import { indented, spaced, type Line } from './line.js';

export function settingsLines(ctx: ViewContext, list: ListState, storePath: string): Line[] {
  const { t, lang, width, height } = ctx;
  const items = SETTINGS_ITEMS.map((item, i): Line => {
    const isSelected = i === list.selected;
    const text = `${t('settings.language')}: ${LANG_NAMES[lang]}`;
    return [
      { text: isSelected ? ' › ' : '   ', tone: 'accent' },
      { text: truncate(text, width - 3), tone: isSelected ? 'selected' : 'plain' },
    ];
  });
  return spaced(
    [
      [...items, ...indented(t('settings.languageHint'), width, 3, 'dim')],
      [...indented(t('settings.file'), width, 1, 'title'), ...indented(storePath, width, 3)],
    ],
    height,
  );
}
