import { useEffect, useRef } from 'react';

/**
 * Calls `report(value)` after a render in which `value` differs from the last value reported
 * (at first, from `baseline`). Used to tell the caller about state the reducer changed, such as
 * the language, without calling out from inside the reducer.
 */
export function useReportChange<T>(value: T, baseline: T, report: (value: T) => void): void {
  const last = useRef(baseline);
  useEffect(() => {
    if (Object.is(value, last.current)) return;
    last.current = value;
    report(value);
  });
}
