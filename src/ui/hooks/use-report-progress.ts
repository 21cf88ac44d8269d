import { useEffect, useRef } from 'react';
import { progressReports, type ProgressMap } from '../state/lesson-progress.js';
import type { LessonProgressPatch } from '../types.js';

/**
 * Tells the caller, after a render, about every lesson whose progress the reducer changed, so
 * the UI never touches the store and the reducer never calls out.
 */
export function useReportProgress(progress: ProgressMap, report: (id: string, patch: LessonProgressPatch) => void): void {
  const last = useRef(progress);
  useEffect(() => {
    const before = last.current;
    last.current = progress;
    for (const [id, patch] of progressReports(before, progress)) report(id, patch);
  });
}
