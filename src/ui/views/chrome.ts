/** The header and footer lines around every screen. */
import type { Bilingual } from '../../content/types.js';
import { assertNever } from '../../util/assert-never.js';
import { fitHints, hintsOf, type Hint, type KeySet } from '../screen-keys.js';
import type { ReaderState } from '../state/reader-state.js';
import { stepMode } from '../state/step-state.js';
import { pick, truncate } from '../text.js';
import type { LessonSummary, ScreenTarget } from '../types.js';
import type { ViewContext } from './context.js';
import { line, type Line } from './line.js';

/** The header: the app name, then where the learner is. */
/** `opened`: the title of the lesson open in the reader, known before the list is loaded. */
export function headerLine(ctx: ViewContext, target: ScreenTarget, lessons: readonly LessonSummary[], opened?: Bilingual): Line {
  const { t, lang, width } = ctx;
  const name = ' ' + t('app.name');
  const trail = ((): string[] => {
    switch (target.screen) {
      case 'home':
        return [];
      case 'lesson': {
        const title = opened ?? lessons.find((l) => l.id === target.id)?.title;
        return [t('screen.lessons'), title ? pick(title, lang) : target.id ?? ''];
      }
      case 'lessons':
      case 'progress':
      case 'settings':
      case 'quiz':
      case 'lab':
      case 'interview':
      case 'drills':
        return [t(`screen.${target.screen}`)];
      default:
        return assertNever(target.screen);
    }
  })();
  const rest = truncate(trail.map((p) => ` › ${p}`).join(''), width - name.length);
  return [{ text: name, tone: 'accent' }, { text: rest, tone: 'title' }];
}

function footerOf(hints: readonly Hint[], width: number): Line {
  return line(truncate(' ' + fitHints(hints, width - 1), width), 'dim');
}

/** Whose keys are in force: the screen's, or those of a step open in the reader on it. */
export function keySetOf(target: ScreenTarget, reader: ReaderState | undefined): KeySet {
  const step = target.screen === 'lesson' && reader && reader.id === target.id ? reader.step : undefined;
  return step ? stepMode(step) : target.screen;
}

/** The footer: the key hints of a screen (or an open step) that fit. */
export function screenFooter(ctx: ViewContext, keys: KeySet): Line {
  return footerOf(hintsOf(keys, ctx.t), ctx.width);
}

/** The footer under the help overlay. */
export function helpFooter(ctx: ViewContext): Line {
  return footerOf([{ keys: '? Esc', hint: ctx.t('hint.close'), rank: 0 }], ctx.width);
}

/** The footer under the notices. */
export function noticesFooter(ctx: ViewContext): Line {
  return line(truncate(' ' + ctx.t('hint.any'), ctx.width), 'dim');
}
