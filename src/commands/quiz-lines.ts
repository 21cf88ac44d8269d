import { createInterface } from 'node:readline';

/** Standard input, one line at a time, for the line-by-line quiz. */
export interface LineSource {
  /** The next line without its line break, or undefined at the end of input. */
  readonly next: () => Promise<string | undefined>;
  /** Stops reading, so the process can end while a terminal is still attached. */
  readonly close: () => void;
}

/**
 * Note: the async iterator of readline buffers lines that arrive while the quiz is busy
 * grading or saving, so a whole piped script of answers is read in order and none is lost.
 */
export function lineSource(stream: NodeJS.ReadableStream): LineSource {
  const rl = createInterface({ input: stream, terminal: false, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  let isClosed = false;
  return {
    next: async () => {
      if (isClosed) return undefined;
      const result = await lines.next();
      return result.done ? undefined : result.value;
    },
    close: () => {
      if (isClosed) return;
      isClosed = true;
      rl.close();
      stream.pause();
    },
  };
}
