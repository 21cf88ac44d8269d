import { useInput, type Key } from 'ink';

/**
 * The key handler of the screen on top: raw keys, straight to the reducer, which decides with
 * the state it has when each arrives whether a key is an intent (`keys.ts`) or goes to an open
 * step, where a prediction is typed (`step-keys.ts`). One handler for both, so opening or
 * closing a step never switches handlers (nor raw mode) while keys are arriving.
 */
export function useKeyInput(onKey: (input: string, key: Key) => void, options: { readonly isActive: boolean }): void {
  useInput(onKey, { isActive: options.isActive });
}
