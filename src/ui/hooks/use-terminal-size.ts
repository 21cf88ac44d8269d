import { useStdout } from 'ink';
import { useEffect, useState } from 'react';
import type { TerminalSize } from '../layout.js';

/** Used when the output is not a terminal and reports no size. */
const FALLBACK: TerminalSize = { columns: 80, rows: 24 };

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return { columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows };
}

/**
 * The terminal size, updated on every `resize` of Ink's stdout. Note: Ink 6.8 has no
 * `useWindowSize`, and re-lays out on resize without re-rendering React, so the frame would keep
 * its old height without this.
 */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    // Unchanged sizes keep the same object, so checking at mount costs no second render.
    const onResize = () => setSize((old) => {
      const next = sizeOf(stdout);
      return next.columns === old.columns && next.rows === old.rows ? old : next;
    });
    onResize();
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
