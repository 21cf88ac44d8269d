import { useEffect, useRef } from 'react';
import type { ContentResult, ContentState } from '../state/quiz-area.js';
import type { QuizContent } from '../state/quiz-types.js';

/**
 * Reads the questions once, when the quiz area asks for them (its content turns `loading`), and
 * hands the result to `onResult`; a failure to read arrives as a message for the screen.
 */
export function useQuizContent(
  content: ContentState,
  load: (() => Promise<QuizContent>) | undefined,
  onResult: (result: ContentResult) => void,
): void {
  const isAsked = useRef(false);
  const isWanted = content.kind === 'loading';
  useEffect(() => {
    if (!isWanted || !load || isAsked.current) return;
    isAsked.current = true;
    void Promise.resolve()
      .then(load)
      .then(
        (loaded): ContentResult => ({ content: loaded }),
        (error: unknown): ContentResult => ({ error: error instanceof Error ? error.message : String(error) }),
      )
      .then(onResult);
  }, [isWanted, load, onResult]);
}
