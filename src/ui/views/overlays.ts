/** The help overlay (the keys of the screen below it) and the notices shown once at start. */
import type { Lang } from '../../i18n/index.js';
import { keysOf, type KeySet } from '../screen-keys.js';
import { padEnd, pick, truncate, widthOf, wrap } from '../text.js';
import type { Notice } from '../types.js';
import type { ViewContext } from './context.js';
import { BLANK, indented, line, spaced, type Line } from './line.js';

export function helpLines(ctx: ViewContext, screen: KeySet): Line[] {
  const { t, width } = ctx;
  const keys = keysOf(screen);
  // indent 3, the keys column, a gap of 2, then what the keys do
  const column = 3 + Math.max(...keys.map((k) => widthOf(k.keys))) + 2;
  // What the keys do wraps under itself, so a narrow terminal loses none of it.
  const rows = keys.flatMap((k) =>
    wrap(t(k.help), Math.max(1, width - column)).map((text, i): Line => [
      { text: padEnd(i === 0 ? '   ' + k.keys : '', column), tone: 'accent' },
      { text },
    ]),
  );
  return [BLANK, line(truncate(' ' + t('help.title'), width), 'title'), BLANK, ...rows];
}

function noticeText(notice: Notice, lang: Lang): string {
  return typeof notice === 'string' ? notice.normalize('NFC') : pick(notice, lang);
}

export function noticesLines(ctx: ViewContext, notices: readonly Notice[]): Line[] {
  const { t, lang, width, height } = ctx;
  return spaced(
    [
      indented(t('notices.title'), width, 1, 'warn'),
      ...notices.map((n) => indented(noticeText(n, lang), width, 1)),
      indented(t('notices.dismiss'), width, 1, 'dim'),
    ],
    height,
  );
}
