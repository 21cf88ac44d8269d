import type { Lang } from '../../i18n/index.js';
import type { Translate } from '../messages.js';

/** What every view needs: the language and the space it may fill. */
export interface ViewContext {
  readonly lang: Lang;
  readonly t: Translate;
  /** Columns. */
  readonly width: number;
  /** Lines of the body. */
  readonly height: number;
}
