import { useEffect, useRef } from 'react';
import type { GivenAnswer } from '../state/quiz-types.js';

/**
 * Hands each answer given to `save`, once, right after the frame that graded it: the reducer
 * only records answers, and this is where they leave the UI. Keys read together may give
 * several answers before a render; every one of them is saved, in order.
 */
export function useQuizAnswers(given: readonly GivenAnswer[], save: ((answer: GivenAnswer) => void) | undefined): void {
  const saved = useRef(given.length);
  useEffect(() => {
    if (!save) return;
    const fresh = given.slice(saved.current);
    saved.current = given.length;
    for (const answer of fresh) save(answer);
  }, [given, save]);
}
