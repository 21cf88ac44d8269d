import { useEffect, useRef } from 'react';
import type { LessonLoad } from '../types.js';

/**
 * Reads the file of lesson `id` once it is asked for (undefined: none is), and hands it to
 * `onRead`. Each lesson is asked for once per session, even if the learner leaves and comes
 * back before it arrives; a failure to read arrives as a lesson that could not be read.
 */
export function useLessonFile(
  id: string | undefined,
  load: (id: string) => Promise<LessonLoad>,
  onRead: (id: string, load: LessonLoad) => void,
): void {
  const asked = useRef(new Set<string>());
  useEffect(() => {
    if (id === undefined || asked.current.has(id)) return;
    asked.current.add(id);
    const failed = (error: unknown): LessonLoad => ({
      kind: 'broken',
      problems: [error instanceof Error ? error.message : String(error)],
    });
    void Promise.resolve()
      .then(() => load(id))
      .then((read) => onRead(id, read), (error: unknown) => onRead(id, failed(error)));
  }, [id, load, onRead]);
}
