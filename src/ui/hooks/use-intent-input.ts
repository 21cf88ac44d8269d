import { useInput } from 'ink';
import { toIntents, type Intent } from '../keys.js';

/**
 * A screen's one key handler: keys become intents (`keys.ts`) and go to `onIntent`, which
 * dispatches to a reducer. Keys that mean nothing go to `onOtherKey` when given.
 */
export function useIntentInput(
  onIntent: (intent: Intent) => void,
  options: { readonly isActive: boolean; readonly onOtherKey?: () => void },
): void {
  useInput(
    (input, key) => {
      const intents = toIntents(input, key);
      if (intents.length === 0) options.onOtherKey?.();
      for (const intent of intents) onIntent(intent);
    },
    { isActive: options.isActive },
  );
}
