import { useInput, type Key } from 'ink';

/**
 * The key handler of the Quiz and Interview screens: raw keys, since answers are typed, straight
 * to the reducer, which maps them with the screen's mode at the time each arrives.
 */
export function useQuizInput(onKey: (input: string, key: Key) => void, options: { readonly isActive: boolean }): void {
  useInput(onKey, { isActive: options.isActive });
}
